package dev.tern.model.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** {@link EventQueue} in memory: keeps what was published; events whose id is in {@link #failing} fail. */
public final class InMemoryEventQueue implements EventQueue {

  /** Everything published, in order. */
  public final List<RecordedEvent> published = new CopyOnWriteArrayList<>();
  /** Event ids whose publication fails, to test the retryable path. */
  public final Set<String> failing = ConcurrentHashMap.newKeySet();

  /** {@inheritDoc} */
  @Override
  public List<RecordedEvent> publish(List<RecordedEvent> events) {
    List<RecordedEvent> failed = new ArrayList<>();
    for (RecordedEvent e : events) {
      if (failing.contains(e.event().id())) {
        failed.add(e);
      } else {
        published.add(e);
      }
    }
    return failed;
  }
}
