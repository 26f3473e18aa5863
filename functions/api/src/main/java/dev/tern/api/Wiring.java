package dev.tern.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tern.api.wire.journey.JsonJourneyDocuments;
import dev.tern.aws.SqsCampaignNudges;
import dev.tern.aws.DynamoDbJourneyStore;
import dev.tern.model.app.AppService;
import dev.tern.model.app.AppStore;
import dev.tern.model.auth.AccessKeyService;
import dev.tern.model.auth.AccessKeyStore;
import dev.tern.model.auth.SecretSealer;
import dev.tern.model.channel.ChannelService;
import dev.tern.model.channel.ChannelStore;
import dev.tern.model.campaign.ActivityStore;
import dev.tern.model.campaign.CampaignNudges;
import dev.tern.model.campaign.CampaignService;
import dev.tern.model.campaign.CampaignStore;
import dev.tern.model.common.Ids;
import dev.tern.model.segment.SegmentService;
import dev.tern.model.segment.SegmentStore;
import dev.tern.model.template.TemplateService;
import dev.tern.model.template.TemplateStore;
import dev.tern.model.journey.JourneyService;
import dev.tern.model.journey.JourneyStore;
import dev.tern.stores.StoresConfig;
import dev.tern.wire.KnownRoutes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * CDI producers of the api function's own use cases and of the one store only it uses (journeys, stored as
 * the api's JSON documents); the clock, AWS clients, every other store and the endpoint use cases come from
 * functions/stores, auth from functions/wire's AuthWiring. Tests replace the stores and the clock.
 */
@ApplicationScoped
public class Wiring {

  /** Every JAX-RS resource class of this function (OpenApiMatchesRoutesTest checks none is missing). */
  static final Class<?>[] RESOURCES = {
      AppsApi.class, EndpointsApi.class, UsersApi.class, AttributesApi.class, AccessKeysApi.class,
      SegmentsApi.class, ChannelsApi.class, TemplatesApi.class,
      CampaignsApi.class, JourneysApi.class};

  /** The routes this function serves, so a known path with another method is a 405, not a 404. */
  @Produces
  @Singleton
  KnownRoutes knownRoutes() {
    return new KnownRoutes(RESOURCES);
  }

  /** The apps use cases. */
  @Produces
  @Singleton
  AppService appService(AppStore store, Clock clock, StoresConfig stores, TernConfig config) {
    return new AppService(store, clock, Ids.random(), stores.region(), config.accountId());
  }

  /** The segments use cases. */
  @Produces
  @Singleton
  SegmentService segmentService(SegmentStore store, AppService apps, Clock clock) {
    return new SegmentService(store, apps, clock, Ids.random());
  }

  /** The channels use cases. */
  @Produces
  @Singleton
  ChannelService channelService(ChannelStore store, AppService apps, Clock clock) {
    return new ChannelService(store, apps, clock);
  }

  /** The journeys store on the configured table; definitions stored as Pinpoint's JSON. */
  @Produces
  @ApplicationScoped
  JourneyStore journeyStore(DynamoDbClient dynamo, TernConfig config, ObjectMapper mapper) {
    return new DynamoDbJourneyStore(dynamo, config.journeys().table(), new JsonJourneyDocuments(mapper));
  }

  /** The journeys use cases. */
  @Produces
  @Singleton
  JourneyService journeyService(JourneyStore store, AppService apps, Clock clock) {
    return new JourneyService(store, apps, clock, Ids.random());
  }

  /** Issuing, listing and revoking keys (the admin API). */
  @Produces
  @Singleton
  AccessKeyService accessKeyService(AccessKeyStore keys, SecretSealer sealer, Clock clock) {
    return new AccessKeyService(keys, sealer, clock);
  }

  /** The templates use cases. */
  @Produces
  @Singleton
  TemplateService templateService(TemplateStore store, StoresConfig stores, TernConfig config) {
    return new TemplateService(store, stores.region(), config.accountId());
  }

  /** Nudges on CampaignNudgeQueue when configured; the SQS client (a lazy proxy) is built on the first nudge. */
  @Produces
  @Singleton
  CampaignNudges campaignNudges(SqsClient sqs, TernConfig config) {
    return config.campaigns().nudgeQueueUrl()
        .<CampaignNudges>map(url -> new SqsCampaignNudges(sqs, url))
        .orElse(CampaignNudges.NONE);
  }

  /** The campaign use cases. */
  @Produces
  @Singleton
  CampaignService campaignService(AppService apps, CampaignStore campaigns, SegmentStore segments,
      ActivityStore activities, CampaignNudges nudges, Clock clock, StoresConfig stores, TernConfig config) {
    return new CampaignService(apps, campaigns, segments, activities, nudges, clock, Ids.random(), stores.region(),
        config.accountId());
  }
}
