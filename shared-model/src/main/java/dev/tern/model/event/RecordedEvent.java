package dev.tern.model.event;

import java.time.Instant;

/**
 * The EventsQueue message: one accepted event of one endpoint, as the ingest function publishes it and the
 * event recorder stores it. {@code version} is the payload's schema version (style.md §3); a consumer
 * refuses versions it does not know, so such a message ends in the DLQ instead of being misread.
 */
public record RecordedEvent(
    int version, String applicationId, String endpointId, Event event, Instant receivedAt, String requestId) {

  /** The schema version this code writes and reads. */
  public static final int VERSION = 1;

  /** A message of the current version. */
  public static RecordedEvent of(String applicationId, String endpointId, Event event, Instant receivedAt, String requestId) {
    return new RecordedEvent(VERSION, applicationId, endpointId, event, receivedAt, requestId);
  }
}
