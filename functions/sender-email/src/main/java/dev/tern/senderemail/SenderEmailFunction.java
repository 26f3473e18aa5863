package dev.tern.senderemail;

import com.amazonaws.services.lambda.runtime.events.SQSEvent.SQSMessage;
import dev.tern.aws.CampaignMessages;
import dev.tern.model.campaign.BatchOutcome;
import dev.tern.model.campaign.CampaignSender;
import dev.tern.model.campaign.SendEmailCommand;
import io.quarkus.funqy.Funq;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/**
 * The sender-email function: sends one campaign batch through SES ({@link CampaignSender}).
 *
 * <p><b>Trigger</b>: SendEmailQueue (SQS); each record one {@link SendEmailCommand} (≤50 endpoint ids), handed
 * over one by one by Funqy's advanced event handling. <b>Output</b>: per endpoint a ledger entry (claimed
 * before the SES call, the SES message id recorded after), the run's counters, and the run's completion when
 * its last endpoint is counted. <b>Failures</b>: policy skips and non-retryable SES refusals are recorded and
 * the record is acknowledged; throttling, SES or store faults, a claim still held by another attempt, a body
 * that is not a command and an unknown command version fail the record ({@code batchItemFailures}): SQS
 * redelivers it, endpoints already sent are passed over, and SendEmailDlq takes it after maxReceiveCount.
 */
public class SenderEmailFunction {

  private static final Logger LOG = Logger.getLogger(SenderEmailFunction.class);

  @Inject CampaignSender sender;

  /** Sends one batch. */
  @Funq("sender-email")
  public void send(SQSMessage message) {
    SendEmailCommand command = CampaignMessages.readCommand(message.getBody());
    BatchOutcome outcome = sender.handle(command);
    LOG.debugf("run %s batch %d: %s", command.runId(), command.batchIndex(), outcome.byEndpoint());
  }
}
