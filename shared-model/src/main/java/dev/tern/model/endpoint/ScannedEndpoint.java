package dev.tern.model.endpoint;

import java.time.Instant;
import java.util.Objects;

/**
 * An endpoint as a segment scan reads it: the endpoint and, from the same stored item, when its latest
 * recorded event happened (null if none). Read together so recency costs no extra lookup per endpoint.
 */
public record ScannedEndpoint(Endpoint endpoint, Instant lastEvent) {

  public ScannedEndpoint {
    Objects.requireNonNull(endpoint, "endpoint");
  }

  /**
   * When the endpoint was last active, the input of segment Recency: the later of its last recorded event
   * and its EffectiveDate. Pinpoint counted an endpoint active on a day when an update set EffectiveDate
   * (AWS support's reading, see pinpoint-api.md §4.2); apps that send events (PutEvents also carries the
   * endpoint) are active through those too. Null when neither is known.
   */
  public Instant lastActive() {
    Instant updated = endpoint.effectiveDate();
    if (lastEvent == null) {
      return updated;
    }
    return updated == null || lastEvent.isAfter(updated) ? lastEvent : updated;
  }
}
