package dev.tern.aws;

import dev.tern.model.campaign.CommandQueue;
import dev.tern.model.campaign.SegmentJob;
import dev.tern.model.campaign.SegmentJobQueue;
import dev.tern.model.campaign.SendEmailCommand;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.BatchResultErrorEntry;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchRequestEntry;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchResponse;

/**
 * {@link CommandQueue} (SendEmailQueue) and {@link SegmentJobQueue} (SegmentJobsQueue) on SQS:
 * {@code SendMessageBatch} in chunks of ten (SQS's maximum per call). A partially failed batch throws after
 * retrying nothing itself: the caller's whole attempt is redelivered, and duplicates of the entries that did
 * succeed are harmless (see the use cases' idempotency).
 */
public final class SqsQueues {

  /** SQS's maximum number of messages per SendMessageBatch. */
  public static final int MAX_BATCH = 10;

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
    for (int from = 0; from < bodies.size(); from += MAX_BATCH) {
      List<String> chunk = bodies.subList(from, Math.min(bodies.size(), from + MAX_BATCH));
      List<BatchResultErrorEntry> refused = sendBatch(sqs, queueUrl, chunk);
      if (!refused.isEmpty()) {
        throw new IllegalStateException("SQS refused " + refused.size() + " of " + chunk.size()
            + " messages to " + queueUrl + ", first: " + refused.get(0).message());
      }
    }
  }

  /**
   * One {@code SendMessageBatch} of at most {@link #MAX_BATCH} bodies; the entries SQS refused, each with the
   * position of its body in {@code bodies} as its id. A call that fails as a whole throws.
   */
  public static List<BatchResultErrorEntry> sendBatch(SqsClient sqs, String queueUrl, List<String> bodies) {
    List<SendMessageBatchRequestEntry> entries = new ArrayList<>();
    for (int i = 0; i < bodies.size(); i++) {
      entries.add(SendMessageBatchRequestEntry.builder().id(Integer.toString(i)).messageBody(bodies.get(i)).build());
    }
    SendMessageBatchResponse r = sqs.sendMessageBatch(b -> b.queueUrl(queueUrl).entries(entries));
    return r.hasFailed() ? r.failed() : List.of();
  }
}
