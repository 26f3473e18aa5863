package dev.tern.recorder;

import dev.tern.model.event.EventRecorder;
import dev.tern.model.event.RecordedEvent;
import io.quarkus.funqy.Funq;
import jakarta.inject.Inject;

/**
 * The event-recorder function: stores the events PutEvents accepted.
 *
 * <p><b>Trigger</b>: SQS EventsQueue (batches of up to 100), through Funqy's advanced event handling,
 * which calls {@link #record} once per message with its body read as a {@link RecordedEvent}.
 *
 * <p><b>Output</b>: per event an EventsTable item (idempotent on application + event id, expiring after 90
 * days) and the endpoint's {@code LastActivity} moved forward (see {@link EventRecorder}).
 *
 * <p><b>Failures</b>: a message that throws — an unreadable body, an unknown schema version, a DynamoDB
 * error — is reported in {@code batchItemFailures}; SQS redelivers only that one, and after the queue's
 * {@code maxReceiveCount} it moves to EventsDlq. Its neighbours in the batch are acknowledged.
 */
public class EventRecorderFunction {

  @Inject EventRecorder recorder;

  /** Records one queued event. */
  @Funq("event-recorder")
  public void record(RecordedEvent message) {
    recorder.record(message);
  }
}
