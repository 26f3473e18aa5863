package dev.tern.model.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tern.model.endpoint.CohortId;
import dev.tern.model.endpoint.Endpoint;
import dev.tern.model.endpoint.InMemoryEndpointStore;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EventRecorderTest {

  static final String APP = "0123456789abcdef0123456789abcdef";
  static final Instant RECEIVED = Instant.parse("2026-11-26T12:00:00Z");

  final InMemoryEventStore events = new InMemoryEventStore();
  final InMemoryEndpointStore endpoints = new InMemoryEndpointStore();
  final EventRecorder recorder = new EventRecorder(events, endpoints);

  EventRecorderTest() {
    endpoints.put(new Endpoint("e1", APP, null, null, null, null, null, null, null, null, RECEIVED, null, null, RECEIVED, CohortId.of("e1")));
  }

  static RecordedEvent message(String id, Instant timestamp) {
    return RecordedEvent.of(APP, "e1", new Event(id, "_session.start", timestamp, Map.of(), Map.of(), null, null, null, null, null, null),
        RECEIVED, "r");
  }

  @Test
  void recordsOnceWhenTheMessageIsRedeliveredAndMovesLastActivityForwardOnly() {
    Instant t = RECEIVED.minusSeconds(60);
    assertTrue(recorder.record(message("ev1", t)));
    assertFalse(recorder.record(message("ev1", t)), "redelivery writes nothing new");
    assertEquals(1, events.events.size());
    assertEquals(Optional.of(t), endpoints.lastActivity(APP, "e1"));

    recorder.record(message("ev0", t.minusSeconds(3600)));
    assertEquals(Optional.of(t), endpoints.lastActivity(APP, "e1"), "an older event never moves it back");
  }

  @Test
  void aTimestampFromTheFutureCountsAsTheReceiptTime() {
    recorder.record(message("ev1", RECEIVED.plusSeconds(86_400)));
    assertEquals(Optional.of(RECEIVED), endpoints.lastActivity(APP, "e1"));
  }

  @Test
  void anUnknownVersionIsRefused() {
    RecordedEvent m = message("ev1", RECEIVED);
    RecordedEvent v2 = new RecordedEvent(2, m.applicationId(), m.endpointId(), m.event(), m.receivedAt(), m.requestId());
    assertThrows(UnsupportedEventVersionException.class, () -> recorder.record(v2));
    assertTrue(events.events.isEmpty());
  }
}
