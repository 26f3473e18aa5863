package dev.tern.campaignscheduler;

import dev.tern.model.campaign.InMemoryActivityStore;
import dev.tern.model.campaign.InMemoryCampaignStore;
import dev.tern.model.campaign.InMemoryEmailChannels;
import dev.tern.model.campaign.InMemorySegmentJobQueue;
import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** In-memory fakes in place of functions/stores' adapters (and of {@link Wiring}'s own queue, where it has one). */
public class TestWiring {

  static final Instant NOW = Instant.parse("2026-11-26T10:00:05Z");

  @Produces @Alternative @Priority(1) @Singleton
  Clock clock() {
    return Clock.fixed(NOW, ZoneOffset.UTC);
  }

  @Produces @Alternative @Priority(1) @Singleton
  InMemoryCampaignStore campaigns() {
    return new InMemoryCampaignStore();
  }

  @Produces @Alternative @Priority(1) @Singleton
  InMemoryActivityStore activities() {
    return new InMemoryActivityStore();
  }

  @Produces @Alternative @Priority(1) @Singleton
  InMemoryEmailChannels channels() {
    return new InMemoryEmailChannels();
  }

  @Produces @Alternative @Priority(1) @Singleton
  InMemorySegmentJobQueue jobs() {
    return new InMemorySegmentJobQueue();
  }
}
