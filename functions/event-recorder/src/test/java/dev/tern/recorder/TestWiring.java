package dev.tern.recorder;

import dev.tern.model.event.InMemoryEventStore;
import dev.tern.model.endpoint.InMemoryEndpointStore;
import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** Test-only replacements for functions/stores' producers: the in-memory event and endpoint stores (no DynamoDB). */
public class TestWiring {

  @Produces @Alternative @Priority(1) @Singleton
  InMemoryEventStore events() {
    return new InMemoryEventStore();
  }

  @Produces @Alternative @Priority(1) @Singleton
  InMemoryEndpointStore endpoints() {
    return new InMemoryEndpointStore();
  }
}
