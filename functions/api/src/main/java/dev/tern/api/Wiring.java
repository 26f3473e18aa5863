package dev.tern.api;

import dev.tern.aws.DynamoDbAppStore;
import dev.tern.aws.DynamoDbChannelStore;
import dev.tern.aws.DynamoDbClients;
import dev.tern.aws.DynamoDbSegmentStore;
import dev.tern.model.app.AppService;
import dev.tern.model.app.AppStore;
import dev.tern.model.channel.ChannelService;
import dev.tern.model.channel.ChannelStore;
import dev.tern.model.common.Ids;
import dev.tern.model.segment.SegmentService;
import dev.tern.model.segment.SegmentStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** CDI producers joining the domain to its adapters. Tests replace the store and the clock. */
@ApplicationScoped
public class Wiring {

  /** The real clock; tests produce a fixed one instead. */
  @Produces
  @Singleton
  Clock clock() {
    return Clock.systemUTC();
  }

  /**
   * One DynamoDB client per container. Application-scoped (a lazy proxy), so it is built on first use
   * and never in tests that replace the store.
   */
  @Produces
  @ApplicationScoped
  DynamoDbClient dynamoDbClient(TernConfig config) {
    return DynamoDbClients.create(config.region());
  }

  /** The apps store on the configured table. */
  @Produces
  @ApplicationScoped
  AppStore appStore(DynamoDbClient dynamo, TernConfig config) {
    return new DynamoDbAppStore(dynamo, config.apps().table());
  }

  /** The apps use cases. */
  @Produces
  @Singleton
  AppService appService(AppStore store, Clock clock, TernConfig config) {
    return new AppService(store, clock, Ids.random(), config.region(), config.accountId());
  }

  /** The segments store on the configured table. */
  @Produces
  @ApplicationScoped
  SegmentStore segmentStore(DynamoDbClient dynamo, TernConfig config) {
    return new DynamoDbSegmentStore(dynamo, config.segments().table());
  }

  /** The segments use cases. */
  @Produces
  @Singleton
  SegmentService segmentService(SegmentStore store, AppService apps, Clock clock) {
    return new SegmentService(store, apps, clock, Ids.random());
  }

  /** The channels store on the configured table. */
  @Produces
  @ApplicationScoped
  ChannelStore channelStore(DynamoDbClient dynamo, TernConfig config) {
    return new DynamoDbChannelStore(dynamo, config.channels().table());
  }

  /** The channels use cases. */
  @Produces
  @Singleton
  ChannelService channelService(ChannelStore store, AppService apps, Clock clock) {
    return new ChannelService(store, apps, clock);
  }
}
