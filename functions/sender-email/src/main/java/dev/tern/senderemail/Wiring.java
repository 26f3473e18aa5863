package dev.tern.senderemail;

import dev.tern.aws.AwsClients;
import dev.tern.aws.DynamoDbActivityStore;
import dev.tern.aws.DynamoDbCampaignStore;
import dev.tern.aws.DynamoDbClients;
import dev.tern.aws.DynamoDbDeliveryLedger;
import dev.tern.aws.DynamoDbEndpointStore;
import dev.tern.aws.DynamoDbTemplateStore;
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
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** CDI producers joining the sender to its adapters; tests replace the ports with in-memory fakes. */
@ApplicationScoped
public class Wiring {

  @Produces
  @Singleton
  Clock clock() {
    return Clock.systemUTC();
  }

  @Produces
  @ApplicationScoped
  DynamoDbClient dynamo(SenderConfig config) {
    return DynamoDbClients.create(config.region());
  }

  @Produces
  @ApplicationScoped
  EndpointStore endpoints(DynamoDbClient dynamo, SenderConfig config) {
    return new DynamoDbEndpointStore(dynamo, config.endpoints().table());
  }

  @Produces
  @ApplicationScoped
  TemplateStore templates(DynamoDbClient dynamo, Clock clock, SenderConfig config) {
    return new DynamoDbTemplateStore(dynamo, config.templates().table(), clock);
  }

  @Produces
  @ApplicationScoped
  CampaignStore campaigns(DynamoDbClient dynamo, SenderConfig config) {
    return new DynamoDbCampaignStore(dynamo, config.campaigns().table());
  }

  @Produces
  @ApplicationScoped
  ActivityStore activities(DynamoDbClient dynamo, SenderConfig config) {
    return new DynamoDbActivityStore(dynamo, config.campaigns().runsTable());
  }

  @Produces
  @ApplicationScoped
  DeliveryLedger ledger(DynamoDbClient dynamo, SenderConfig config) {
    return new DynamoDbDeliveryLedger(dynamo, config.campaigns().ledgerTable(), config.campaigns().ledgerRetention());
  }

  @Produces
  @ApplicationScoped
  EmailSender email(SenderConfig config) {
    return new SesEmailSender(AwsClients.ses(config.region()));
  }

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
