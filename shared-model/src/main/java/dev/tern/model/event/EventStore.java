package dev.tern.model.event;

/**
 * Port: the per-event records (EventsTable in the adapter, expiring after {@link EventRecorder#RETENTION}).
 * {@link InMemoryEventStore} is the fake.
 */
public interface EventStore {

  /**
   * Stores the event unless one with the same (application, event id) is already stored; true when this
   * call stored it. Idempotent, so a redelivered queue message writes nothing twice.
   */
  boolean record(RecordedEvent event);
}
