package dev.tern.aws;

import dev.tern.model.campaign.CampaignNudges;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * {@link CampaignNudges} on SQS: one small message (see {@link QueueMessages#nudge}) on CampaignNudgeQueue,
 * which triggers the campaign-scheduler at once instead of at its next minute tick.
 */
public final class SqsCampaignNudges implements CampaignNudges {

  private final SqsClient sqs;
  private final String queueUrl;

  /** Nudges sent to {@code queueUrl} through {@code sqs}. */
  public SqsCampaignNudges(SqsClient sqs, String queueUrl) {
    this.sqs = sqs;
    this.queueUrl = queueUrl;
  }

  @Override
  public void nudge(String applicationId, String campaignId) {
    sqs.sendMessage(b -> b.queueUrl(queueUrl).messageBody(QueueMessages.nudge(applicationId, campaignId)));
  }
}
