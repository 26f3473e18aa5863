package dev.tern.stores;

import dev.tern.aws.DynamoDbAccessKeyStore;
import dev.tern.aws.DynamoDbActivityStore;
import dev.tern.aws.DynamoDbAppStore;
import dev.tern.aws.DynamoDbAttributeCatalog;
import dev.tern.aws.DynamoDbCampaignStore;
import dev.tern.aws.DynamoDbChannelStore;
import dev.tern.aws.DynamoDbClients;
import dev.tern.aws.DynamoDbDeliveryLedger;
import dev.tern.aws.DynamoDbEndpointStore;
import dev.tern.aws.DynamoDbEventStore;
import dev.tern.aws.DynamoDbSegmentStore;
import dev.tern.aws.DynamoDbTemplateStore;
import dev.tern.model.app.AppStore;
import dev.tern.model.auth.AccessKeyStore;
import dev.tern.model.campaign.ActivityStore;
import dev.tern.model.campaign.CampaignStore;
import dev.tern.model.campaign.DeliveryLedger;
import dev.tern.model.campaign.EmailChannels;
import dev.tern.model.channel.ChannelStore;
import dev.tern.model.endpoint.AttributeCatalog;
import dev.tern.model.endpoint.EndpointActivity;
import dev.tern.model.endpoint.EndpointService;
import dev.tern.model.endpoint.EndpointStore;
import dev.tern.model.event.EventStore;
import dev.tern.model.segment.SegmentStore;
import dev.tern.model.template.TemplateStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The clock, the DynamoDB client and one producer per DynamoDB store, for every function: each table is
 * named by one key of {@link StoresConfig}. Stores and client are application-scoped, so they are lazy
 * proxies built on first use (never in tests that replace them) and ArC drops those a function never
 * injects. Tests replace any of them with {@code @Alternative @Priority} producers of the in-memory fakes.
 */
@ApplicationScoped
public class StoreWiring {

  /** The real clock. */
  @Produces
  @Singleton
  Clock clock() {
    return Clock.systemUTC();
  }

  /** One DynamoDB client per container (see DynamoDbClients for the endpoint and HTTP client). */
  @Produces
  @ApplicationScoped
  DynamoDbClient dynamoDbClient(StoresConfig config) {
    return DynamoDbClients.create(config.region());
  }

  /** AppsTable. */
  @Produces
  @ApplicationScoped
  AppStore appStore(DynamoDbClient dynamo, StoresConfig config) {
    return new DynamoDbAppStore(dynamo, config.apps().table());
  }

  /** EndpointsTable, as the endpoint store. */
  @Produces
  @ApplicationScoped
  EndpointStore endpointStore(DynamoDbClient dynamo, StoresConfig config) {
    return new DynamoDbEndpointStore(dynamo, config.endpoints().table());
  }

  /** EndpointsTable, as the event recorder sees it (LastActivity only). */
  @Produces
  @ApplicationScoped
  EndpointActivity endpointActivity(DynamoDbClient dynamo, StoresConfig config) {
    return new DynamoDbEndpointStore(dynamo, config.endpoints().table());
  }

  /** The per-app custom attribute names, kept in EndpointsTable. */
  @Produces
  @ApplicationScoped
  AttributeCatalog attributeCatalog(DynamoDbClient dynamo, StoresConfig config) {
    return new DynamoDbAttributeCatalog(dynamo, config.endpoints().table());
  }

  /**
   * The endpoints, users and attributes use cases: the one use case two functions share (the api serves
   * the endpoint operations, ingest upserts PutEvents' Endpoint part), so both write endpoints the same way.
   */
  @Produces
  @Singleton
  EndpointService endpointService(EndpointStore endpoints, AttributeCatalog catalog, AppStore apps, Clock clock) {
    return new EndpointService(endpoints, catalog, apps, clock);
  }

  /** SegmentsTable. */
  @Produces
  @ApplicationScoped
  SegmentStore segmentStore(DynamoDbClient dynamo, StoresConfig config) {
    return new DynamoDbSegmentStore(dynamo, config.segments().table());
  }

  /** ChannelsTable, as the api's channel store. */
  @Produces
  @ApplicationScoped
  ChannelStore channelStore(DynamoDbClient dynamo, StoresConfig config) {
    return new DynamoDbChannelStore(dynamo, config.channels().table());
  }

  /** ChannelsTable, as the campaign launcher reads it (the email channel's sender identity). */
  @Produces
  @ApplicationScoped
  EmailChannels emailChannels(DynamoDbClient dynamo, StoresConfig config) {
    return new DynamoDbChannelStore(dynamo, config.channels().table());
  }

  /** TemplatesTable. */
  @Produces
  @ApplicationScoped
  TemplateStore templateStore(DynamoDbClient dynamo, StoresConfig config, Clock clock) {
    return new DynamoDbTemplateStore(dynamo, config.templates().table(), clock);
  }

  /** CampaignsTable. */
  @Produces
  @ApplicationScoped
  CampaignStore campaignStore(DynamoDbClient dynamo, StoresConfig config) {
    return new DynamoDbCampaignStore(dynamo, config.campaigns().table());
  }

  /** CampaignRunsTable. */
  @Produces
  @ApplicationScoped
  ActivityStore activityStore(DynamoDbClient dynamo, StoresConfig config) {
    return new DynamoDbActivityStore(dynamo, config.campaigns().runsTable());
  }

  /** DeliveryLedgerTable. */
  @Produces
  @ApplicationScoped
  DeliveryLedger deliveryLedger(DynamoDbClient dynamo, StoresConfig config) {
    return new DynamoDbDeliveryLedger(dynamo, config.campaigns().ledgerTable(), config.campaigns().ledgerRetention());
  }

  /** AccessKeysTable: the keys every HTTP function verifies signatures against, and the admin API manages. */
  @Produces
  @ApplicationScoped
  AccessKeyStore accessKeyStore(DynamoDbClient dynamo, StoresConfig config) {
    return new DynamoDbAccessKeyStore(dynamo, config.auth().table());
  }

  /** EventsTable. */
  @Produces
  @ApplicationScoped
  EventStore eventStore(DynamoDbClient dynamo, StoresConfig config) {
    return new DynamoDbEventStore(dynamo, config.events().table());
  }
}
