package dev.tern.model.endpoint;

import java.time.Instant;
import java.util.Optional;

/**
 * When each endpoint was last active (its latest recorded event), the input of segment Recency
 * dimensions ({@code SegmentEngine.matches(..., lastActivity, now)}). Kept apart from {@link Endpoint}
 * because only the event recorder writes it, and an endpoint update must not move it.
 */
public interface EndpointActivity {

  /**
   * Moves the endpoint's last activity forward to {@code at}; false (nothing written) when the stored
   * one is already as recent or the endpoint does not exist. Safe to repeat: redelivered events are no-ops.
   */
  boolean recordActivity(String applicationId, String endpointId, Instant at);

  /** The endpoint's last activity, if any event was recorded for it. */
  Optional<Instant> lastActivity(String applicationId, String endpointId);
}
