package dev.tern.wire;

import dev.tern.aws.DynamoDbAppStore;
import dev.tern.aws.DynamoDbAttributeCatalog;
import dev.tern.aws.DynamoDbClients;
import dev.tern.aws.DynamoDbEndpointStore;
import dev.tern.model.app.AppStore;
import dev.tern.model.endpoint.AttributeCatalog;
import dev.tern.model.endpoint.EndpointService;
import dev.tern.model.endpoint.EndpointStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The producers every HTTP function shares: the clock, the DynamoDB client, and the app and endpoint
 * stores with the endpoint use cases (api serves the endpoint operations, ingest upserts PutEvents'
 * Endpoint part through the same {@link EndpointService}). Keys: {@code tern.region},
 * {@code tern.apps.table} ↔ {@code TERN_APPS_TABLE}, {@code tern.endpoints.table} ↔
 * {@code TERN_ENDPOINTS_TABLE}. Tests replace the stores and the clock with {@code @Alternative}s.
 */
@ApplicationScoped
public class StoreWiring {

  /** The real clock. */
  @Produces
  @Singleton
  Clock clock() {
    return Clock.systemUTC();
  }

  /**
   * One DynamoDB client per container. Application-scoped (a lazy proxy), so it is built on first use
   * and never in tests that replace the stores.
   */
  @Produces
  @ApplicationScoped
  DynamoDbClient dynamoDbClient(@ConfigProperty(name = "tern.region", defaultValue = "${AWS_REGION:us-east-1}") String region) {
    return DynamoDbClients.create(region);
  }

  /** The apps store (AppsTable). */
  @Produces
  @ApplicationScoped
  AppStore appStore(DynamoDbClient dynamo, @ConfigProperty(name = "tern.apps.table", defaultValue = "tern-apps") String table) {
    return new DynamoDbAppStore(dynamo, table);
  }

  /** The endpoints store (EndpointsTable). */
  @Produces
  @ApplicationScoped
  EndpointStore endpointStore(DynamoDbClient dynamo,
      @ConfigProperty(name = "tern.endpoints.table", defaultValue = "tern-endpoints") String table) {
    return new DynamoDbEndpointStore(dynamo, table);
  }

  /** The per-app custom attribute names, kept in EndpointsTable. */
  @Produces
  @ApplicationScoped
  AttributeCatalog attributeCatalog(DynamoDbClient dynamo,
      @ConfigProperty(name = "tern.endpoints.table", defaultValue = "tern-endpoints") String table) {
    return new DynamoDbAttributeCatalog(dynamo, table);
  }

  /** The endpoints, users and attributes use cases. */
  @Produces
  @Singleton
  EndpointService endpointService(EndpointStore endpoints, AttributeCatalog catalog, AppStore apps, Clock clock) {
    return new EndpointService(endpoints, catalog, apps, clock);
  }
}
