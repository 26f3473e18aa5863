package dev.tern.ingest;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tern.model.endpoint.EndpointService;
import dev.tern.model.event.EventIngest;
import dev.tern.model.event.EventQueue;
import dev.tern.wire.KnownRoutes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * CDI producers of the ingest function's own parts (the queue and the PutEvents use case); the clock,
 * AWS clients, stores and {@link EndpointService} come from functions/stores, auth from functions/wire's
 * AuthWiring. Tests replace the stores, the queue and the clock.
 */
@ApplicationScoped
public class Wiring {

  /** The routes this function serves, for the 405 answers of functions/wire. */
  @Produces
  @Singleton
  KnownRoutes knownRoutes() {
    return new KnownRoutes(EventsApi.class);
  }

  /** EventsQueue. */
  @Produces
  @ApplicationScoped
  EventQueue eventQueue(SqsClient sqs, IngestConfig config, ObjectMapper json) {
    return new SqsEventQueue(sqs, config.events().queueUrl(), json);
  }

  /** The PutEvents use case over the endpoint use cases and the queue. */
  @Produces
  @Singleton
  EventIngest eventIngest(EndpointService endpoints, EventQueue queue, Clock clock) {
    return new EventIngest(endpoints, queue, clock);
  }
}
