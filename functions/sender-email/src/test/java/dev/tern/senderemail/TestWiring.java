package dev.tern.senderemail;

import dev.tern.model.campaign.EmailSender;
import dev.tern.model.campaign.InMemoryActivityStore;
import dev.tern.model.campaign.InMemoryCampaignStore;
import dev.tern.model.campaign.InMemoryDeliveryLedger;
import dev.tern.model.campaign.SendResult;
import dev.tern.model.endpoint.InMemoryEndpointStore;
import dev.tern.model.template.InMemoryTemplateStore;
import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** In-memory fakes in place of functions/stores' adapters, and an email sender that records what it was given. */
public class TestWiring {

  static final Instant NOW = Instant.parse("2026-11-26T10:00:05Z");

  /** One accepted email. */
  record Sent(String to, String from, String subject, String html) {}

  static final List<Sent> SENT = new CopyOnWriteArrayList<>();

  @Produces @Alternative @Priority(1) @Singleton
  Clock clock() {
    return Clock.fixed(NOW, ZoneOffset.UTC);
  }

  @Produces @Alternative @Priority(1) @Singleton
  InMemoryEndpointStore endpoints() {
    return new InMemoryEndpointStore();
  }

  @Produces @Alternative @Priority(1) @Singleton
  InMemoryTemplateStore templates() {
    return new InMemoryTemplateStore(Clock.fixed(NOW, ZoneOffset.UTC));
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
  InMemoryDeliveryLedger ledger() {
    return new InMemoryDeliveryLedger();
  }

  @Produces @Alternative @Priority(1) @Singleton
  EmailSender email() {
    return (to, from, subject, html, text, configurationSet, headers) -> {
      SENT.add(new Sent(to, from, subject, html));
      return new SendResult.Accepted("ses-" + SENT.size());
    };
  }
}
