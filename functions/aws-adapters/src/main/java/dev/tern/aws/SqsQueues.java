package dev.tern.aws;

import dev.tern.model.campaign.CommandQueue;
import dev.tern.model.campaign.SegmentJob;
import dev.tern.model.campaign.SegmentJobQueue;
import dev.tern.model.campaign.SendEmailCommand;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchRequestEntry;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchResponse;

/**
 * {@link CommandQueue} (SendEmailQueue) and {@link SegmentJobQueue} (SegmentJobsQueue) on SQS:
 * {@code SendMessageBatch} in chunks of ten (SQS's maximum per call). A partially failed batch throws after
 * retrying nothing itself: the caller's whole attempt is redelivered, and duplicates of the entries that did
 * succeed are harmless (see the use cases' idempotency).
 */
public final class SqsQueues {

  private SqsQueues() {}

  /** Send commands to {@code queueUrl}. */
  public static CommandQueue commands(SqsClient sqs, String queueUrl) {
    return commands -> send(sqs, queueUrl, commands.stream().map(CampaignMessages::write).toList());
  }

  /** Slice jobs to {@code queueUrl}. */
  public static SegmentJobQueue jobs(SqsClient sqs, String queueUrl) {
    return jobs -> send(sqs, queueUrl, jobs.stream().map(CampaignMessages::write).toList());
  }

  static void send(SqsClient sqs, String queueUrl, List<String> bodies) {
    for (int from = 0; from < bodies.size(); from += 10) {
      List<SendMessageBatchRequestEntry> entries = new ArrayList<>();
      List<String> chunk = bodies.subList(from, Math.min(bodies.size(), from + 10));
      for (int i = 0; i < chunk.size(); i++) {
        entries.add(SendMessageBatchRequestEntry.builder().id(Integer.toString(i)).messageBody(chunk.get(i)).build());
      }
      SendMessageBatchResponse r = sqs.sendMessageBatch(b -> b.queueUrl(queueUrl).entries(entries));
      if (r.hasFailed() && !r.failed().isEmpty()) {
        throw new IllegalStateException("SQS refused " + r.failed().size() + " of " + entries.size()
            + " messages to " + queueUrl + ", first: " + r.failed().get(0).message());
      }
    }
  }
}
