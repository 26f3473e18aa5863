package dev.tern.recorder;

import dev.tern.aws.DynamoDbClients;
import dev.tern.aws.DynamoDbEndpointStore;
import dev.tern.aws.DynamoDbEventStore;
import dev.tern.model.endpoint.EndpointActivity;
import dev.tern.model.event.EventRecorder;
import dev.tern.model.event.EventStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** CDI producers joining the recorder use case to its DynamoDB adapters. Tests replace the two ports. */
@ApplicationScoped
public class Wiring {

  /** One DynamoDB client per container (lazy, so tests that replace the stores never build it). */
  @Produces
  @ApplicationScoped
  DynamoDbClient dynamoDbClient(RecorderConfig config) {
    return DynamoDbClients.create(config.region());
  }

  @Produces
  @ApplicationScoped
  EventStore eventStore(DynamoDbClient dynamo, RecorderConfig config) {
    return new DynamoDbEventStore(dynamo, config.events().table());
  }

  @Produces
  @ApplicationScoped
  EndpointActivity endpointActivity(DynamoDbClient dynamo, RecorderConfig config) {
    return new DynamoDbEndpointStore(dynamo, config.endpoints().table());
  }

  /** The recorder use case. */
  @Produces
  @Singleton
  EventRecorder eventRecorder(EventStore events, EndpointActivity activity) {
    return new EventRecorder(events, activity);
  }
}
