package dev.tern.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tern.aws.SqsQueues;
import dev.tern.model.event.EventQueue;
import dev.tern.model.event.RecordedEvent;
import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.Logger;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * {@link EventQueue} on SQS: {@link SqsQueues#sendBatch} in chunks of ten, one message per event, the
 * {@link RecordedEvent} as JSON. Entries SQS refuses, and every entry of a call that fails as a whole, are
 * returned as not published, so the client is told to retry exactly those events.
 */
final class SqsEventQueue implements EventQueue {

  private static final Logger LOG = Logger.getLogger(SqsEventQueue.class);

  private final SqsClient sqs;
  private final String queueUrl;
  private final ObjectMapper json;

  SqsEventQueue(SqsClient sqs, String queueUrl, ObjectMapper json) {
    this.sqs = sqs;
    this.queueUrl = queueUrl;
    this.json = json;
  }

  @Override
  public List<RecordedEvent> publish(List<RecordedEvent> events) {
    List<RecordedEvent> failed = new ArrayList<>();
    for (int from = 0; from < events.size(); from += SqsQueues.MAX_BATCH) {
      List<RecordedEvent> chunk = events.subList(from, Math.min(events.size(), from + SqsQueues.MAX_BATCH));
      try {
        SqsQueues.sendBatch(sqs, queueUrl, chunk.stream().map(this::body).toList()).forEach(f -> {
          LOG.warnf("EventsQueue refused an event: %s %s", f.code(), f.message());
          failed.add(chunk.get(Integer.parseInt(f.id())));
        });
      } catch (SdkException e) {
        LOG.errorf(e, "EventsQueue unavailable; %d events not queued", chunk.size());
        failed.addAll(chunk);
      }
    }
    return failed;
  }

  private String body(RecordedEvent event) {
    try {
      return json.writeValueAsString(event);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a RecordedEvent always serialises", e);
    }
  }
}
