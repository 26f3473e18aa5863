package dev.tern.model.event;

import java.util.List;

/**
 * Port: hands accepted events to the asynchronous recording path (SQS EventsQueue in the adapter, so an
 * ingest request never waits on the per-event writes). {@link InMemoryEventQueue} is the fake.
 */
public interface EventQueue {

  /** Publishes every event; returns those that could not be published (empty when all were). */
  List<RecordedEvent> publish(List<RecordedEvent> events);
}
