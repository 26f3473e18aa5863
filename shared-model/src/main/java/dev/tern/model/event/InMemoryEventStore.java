package dev.tern.model.event;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** {@link EventStore} in memory, keyed by (application, event id). */
public final class InMemoryEventStore implements EventStore {

  /** The stored events by "applicationId/eventId". */
  public final Map<String, RecordedEvent> events = new ConcurrentHashMap<>();

  /** {@inheritDoc} */
  @Override
  public boolean record(RecordedEvent event) {
    return events.putIfAbsent(event.applicationId() + "/" + event.event().id(), event) == null;
  }
}
