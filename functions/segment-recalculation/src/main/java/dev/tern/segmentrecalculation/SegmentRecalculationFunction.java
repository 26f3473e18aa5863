package dev.tern.segmentrecalculation;

import com.amazonaws.services.lambda.runtime.events.SQSEvent.SQSMessage;
import dev.tern.aws.CampaignMessages;
import dev.tern.model.campaign.AudienceSlicer;
import dev.tern.model.campaign.SegmentJob;
import io.quarkus.funqy.Funq;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/**
 * The segment-recalculation function: resolves one slice of a campaign run's audience
 * ({@link AudienceSlicer}).
 *
 * <p><b>Trigger</b>: SegmentJobsQueue (SQS); each record one {@link SegmentJob}, handed over one by one by
 * Funqy's advanced event handling. <b>Output</b>: SendEmailQueue commands for the matching endpoints, the
 * run's expected count, and a continuation job when the slice is longer than one invocation's page budget.
 * <b>Failures</b>: a record that is not a job, of an unknown version, or whose stores or queues fail is
 * reported in {@code batchItemFailures}; SQS redelivers it (every step is idempotent by run + slice + page)
 * and SegmentJobsDlq takes it after maxReceiveCount, without holding back the other records.
 */
public class SegmentRecalculationFunction {

  private static final Logger LOG = Logger.getLogger(SegmentRecalculationFunction.class);

  @Inject AudienceSlicer slicer;

  /** Resolves one job. */
  @Funq("segment-recalculation")
  public void recalculate(SQSMessage message) {
    SegmentJob job = CampaignMessages.readJob(message.getBody());
    AudienceSlicer.Result result = slicer.handle(job);
    LOG.debugf("run %s slice %d/%d from page %d: matched %s%s", job.runId(), job.slice(), job.totalSlices(),
        job.page(), result.matchedPerPage(), result.continued() ? ", continues" : "");
  }
}
