package dev.tern.ingest;

import dev.tern.model.app.InMemoryAppStore;
import dev.tern.model.auth.AesGcmSecretSealer;
import dev.tern.model.auth.InMemoryAccessKeyStore;
import dev.tern.model.auth.SecretSealer;
import dev.tern.model.endpoint.InMemoryAttributeCatalog;
import dev.tern.model.endpoint.InMemoryEndpointStore;
import dev.tern.model.event.InMemoryEventQueue;
import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** Test-only replacements for functions/stores' and {@link Wiring}'s producers: in-memory stores and queue, an AES sealer (no AWS) and a fixed clock. */
public class TestWiring {

  static final Instant NOW = Instant.parse("2026-11-26T10:00:00.123Z");

  @Produces @Alternative @Priority(1) @Singleton
  InMemoryAppStore apps() {
    return new InMemoryAppStore();
  }

  @Produces @Alternative @Priority(1) @Singleton
  InMemoryEndpointStore endpoints() {
    return new InMemoryEndpointStore();
  }

  @Produces @Alternative @Priority(1) @Singleton
  InMemoryAttributeCatalog catalog() {
    return new InMemoryAttributeCatalog();
  }

  @Produces @Alternative @Priority(1) @Singleton
  InMemoryEventQueue queue() {
    return new InMemoryEventQueue();
  }

  @Produces @Alternative @Priority(1) @Singleton
  Clock clock() {
    return Clock.fixed(NOW, ZoneOffset.UTC);
  }

  @Produces @Alternative @Priority(1) @Singleton
  InMemoryAccessKeyStore accessKeys() {
    return new InMemoryAccessKeyStore();
  }

  @Produces @Alternative @Priority(1) @Singleton
  SecretSealer sealer() {
    return AesGcmSecretSealer.fromBase64("MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=");
  }
}
