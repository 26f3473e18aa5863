package dev.tern.model.event;

import dev.tern.model.endpoint.EndpointActivity;
import java.time.Duration;
import java.time.Instant;

/**
 * The event recorder's use case: store one queued event (idempotent on application + event id) and move its
 * endpoint's last activity forward (the input of segment Recency). Safe to repeat after a crash or a
 * redelivery: both writes are idempotent, so the message is simply processed again.
 */
public final class EventRecorder {

  /** How long an event record is kept: Pinpoint keeps analytics data for 90 days. */
  public static final Duration RETENTION = Duration.ofDays(90);

  private final EventStore events;
  private final EndpointActivity activity;

  /** A recorder over the event store and the endpoints' activity. */
  public EventRecorder(EventStore events, EndpointActivity activity) {
    this.events = events;
    this.activity = activity;
  }

  /**
   * Records {@code message}; true if the event was new. Last activity is the event's own Timestamp, but never
   * later than when Tern received it: a device clock running ahead must not make an endpoint "active" in
   * the future.
   */
  public boolean record(RecordedEvent message) {
    if (message.version() != RecordedEvent.VERSION) {
      throw new UnsupportedEventVersionException(message.version());
    }
    boolean stored = events.record(message);
    Instant at = message.event().timestamp();
    if (at == null || (message.receivedAt() != null && at.isAfter(message.receivedAt()))) {
      at = message.receivedAt();
    }
    if (at != null) {
      activity.recordActivity(message.applicationId(), message.endpointId(), at);
    }
    return stored;
  }
}
