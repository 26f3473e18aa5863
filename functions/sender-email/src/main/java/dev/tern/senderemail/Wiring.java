package dev.tern.senderemail;

import dev.tern.aws.AwsClients;
import dev.tern.aws.SesEmailSender;
import dev.tern.model.campaign.ActivityStore;
import dev.tern.model.campaign.CampaignSender;
import dev.tern.model.campaign.CampaignStore;
import dev.tern.model.campaign.DeliveryLedger;
import dev.tern.model.campaign.EmailComposer;
import dev.tern.model.campaign.EmailSender;
import dev.tern.model.campaign.EndpointRecipients;
import dev.tern.model.campaign.MessageComposer;
import dev.tern.model.campaign.RecipientSource;
import dev.tern.model.campaign.RunCompletion;
import dev.tern.model.endpoint.EndpointStore;
import dev.tern.model.template.MessageRenderer;
import dev.tern.model.template.TemplateStore;
import dev.tern.stores.StoresConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;

/**
 * The sender use case and SES, which only this function uses; the stores and the ledger come from
 * functions/stores. Tests replace the ports with in-memory fakes.
 */
@ApplicationScoped
public class Wiring {

  /** SES v2, built on the first send. */
  @Produces
  @ApplicationScoped
  EmailSender email(StoresConfig config) {
    return new SesEmailSender(AwsClients.ses(config.region()));
  }

  /** The sender, with this function's lease on (run, endpoint). */
  @Produces
  @Singleton
  CampaignSender sender(EndpointStore endpoints, TemplateStore templates, CampaignStore campaigns,
      ActivityStore activities, DeliveryLedger ledger, EmailSender email, Clock clock, SenderConfig config) {
    RecipientSource recipients = new EndpointRecipients(endpoints);
    MessageComposer composer = new EmailComposer(campaigns, templates, new MessageRenderer(clock), clock,
        Duration.ofSeconds(30));
    return new CampaignSender(recipients, ledger, composer, email, activities,
        new RunCompletion(activities, campaigns), clock, config.campaigns().sendLease());
  }
}
