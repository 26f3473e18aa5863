package dev.tern.ingest;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Tern's config namespace as the ingest function reads it; each key maps to an environment variable by the
 * MicroProfile rule ({@code tern.events.queue-url} ↔ {@code TERN_EVENTS_QUEUE_URL}), set in template.yaml. The
 * region and the tables are read by functions/stores' StoresConfig.
 */
@ConfigMapping(prefix = "tern")
public interface IngestConfig {

  /** Events settings. */
  Events events();

  /** Where accepted events go. */
  interface Events {
    /** URL of EventsQueue ({@code TERN_EVENTS_QUEUE_URL}). */
    @WithDefault("http://localhost/000000000000/tern-events")
    String queueUrl();
  }
}
