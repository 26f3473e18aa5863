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
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * CDI producers of the ingest function's own parts (the queue and the PutEvents use case); the clock,
 * DynamoDB client, stores and {@link EndpointService} come from functions/wire's StoreWiring, auth from its
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

  /**
   * One SQS client per container, on the URL-connection HTTP client like the DynamoDB one; the endpoint
   * comes from the SDK's own AWS_ENDPOINT_URL handling (see DynamoDbClients).
   */
  @Produces
  @ApplicationScoped
  SqsClient sqsClient(IngestConfig config) {
    return SqsClient.builder().httpClient(UrlConnectionHttpClient.create()).region(Region.of(config.region())).build();
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
