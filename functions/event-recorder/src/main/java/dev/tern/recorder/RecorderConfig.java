package dev.tern.recorder;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Tern's config namespace as the event recorder reads it ({@code tern.events.table} ↔ {@code TERN_EVENTS_TABLE}). */
@ConfigMapping(prefix = "tern")
public interface RecorderConfig {

  /** Region of the DynamoDB client; Lambda sets {@code AWS_REGION}. */
  @WithDefault("${AWS_REGION:us-east-1}")
  String region();

  /** Endpoints settings. */
  Endpoints endpoints();

  /** Events settings. */
  Events events();

  /** Where endpoints live. */
  interface Endpoints {
    /** DynamoDB table of endpoints ({@code TERN_ENDPOINTS_TABLE}); the recorder sets LastActivity there. */
    @WithDefault("tern-endpoints")
    String table();
  }

  /** Where event records live. */
  interface Events {
    /** DynamoDB table of events ({@code TERN_EVENTS_TABLE}), key {@code EventKey} (S), TTL {@code ExpiresAt}. */
    @WithDefault("tern-events")
    String table();
  }
}
