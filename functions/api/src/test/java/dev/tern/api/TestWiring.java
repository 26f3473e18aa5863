package dev.tern.api;

import dev.tern.model.auth.AccessKeyStore;
import dev.tern.model.auth.AesGcmSecretSealer;
import dev.tern.model.auth.InMemoryAccessKeyStore;
import dev.tern.model.auth.SecretSealer;
import dev.tern.model.endpoint.InMemoryAttributeCatalog;
import dev.tern.model.endpoint.InMemoryEndpointStore;
import dev.tern.model.campaign.CampaignNudges;
import dev.tern.model.campaign.InMemoryActivityStore;
import dev.tern.model.campaign.InMemoryCampaignStore;
import dev.tern.model.journey.InMemoryJourneyStore;
import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import dev.tern.model.channel.InMemoryChannelStore;
import dev.tern.model.segment.InMemorySegmentStore;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.List;

/**
 * Test-only replacements for the producers of functions/stores, functions/wire and {@link Wiring}: in-memory
 * stores (no DynamoDB), an AES sealer with a fixed key (no KMS) and a fixed clock.
 */
public class TestWiring {

  static final Instant NOW = Instant.parse("2026-11-26T10:00:00.123Z");

  @Produces
  @Alternative
  @Priority(1)
  @Singleton
  TestStore store() {
    return new TestStore();
  }

  @Produces
  @Alternative
  @Priority(1)
  @Singleton
  InMemorySegmentStore segmentStore() {
    return new InMemorySegmentStore();
  }

  @Produces
  @Alternative
  @Priority(1)
  @Singleton
  InMemoryChannelStore channelStore() {
    return new InMemoryChannelStore();
  }

  @Produces
  @Alternative
  @Priority(1)
  @Singleton
  TestTemplates templateStore(Clock clock) {
    return new TestTemplates(clock);
  }

  @Produces
  @Alternative
  @Priority(1)
  @Singleton
  Clock clock() {
    return Clock.fixed(NOW, ZoneOffset.UTC);
  }

  @Produces
  @Alternative
  @Priority(1)
  @Singleton
  InMemoryJourneyStore journeyStore() {
    return new InMemoryJourneyStore();
  }

  @Produces
  @Alternative
  @Priority(1)
  @Singleton
  InMemoryAccessKeyStore accessKeys() {
    return new InMemoryAccessKeyStore();
  }

  @Produces
  @Alternative
  @Priority(1)
  @Singleton
  SecretSealer sealer() {
    return AesGcmSecretSealer.fromBase64("MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=");
  }

  @Produces
  @Alternative
  @Priority(1)
  @Singleton
  InMemoryEndpointStore endpointStore() {
    return new InMemoryEndpointStore();
  }

  @Produces
  @Alternative
  @Priority(1)
  @Singleton
  InMemoryAttributeCatalog attributeCatalog() {
    return new InMemoryAttributeCatalog();
  }

  /** Nudges the api sent, as "app/campaign". */
  static final List<String> NUDGES = new CopyOnWriteArrayList<>();

  @Produces
  @Alternative
  @Priority(1)
  @Singleton
  InMemoryCampaignStore campaignStore() {
    return new InMemoryCampaignStore();
  }

  @Produces
  @Alternative
  @Priority(1)
  @Singleton
  InMemoryActivityStore activityStore() {
    return new InMemoryActivityStore();
  }

  @Produces
  @Alternative
  @Priority(1)
  @Singleton
  CampaignNudges nudges() {
    return (app, campaign) -> NUDGES.add(app + "/" + campaign);
  }
}
