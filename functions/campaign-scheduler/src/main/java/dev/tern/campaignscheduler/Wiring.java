package dev.tern.campaignscheduler;

import dev.tern.aws.AwsClients;
import dev.tern.aws.DynamoDbActivityStore;
import dev.tern.aws.DynamoDbCampaignStore;
import dev.tern.aws.DynamoDbChannelStore;
import dev.tern.aws.DynamoDbClients;
import dev.tern.aws.SqsQueues;
import dev.tern.model.campaign.ActivityStore;
import dev.tern.model.campaign.CampaignLauncher;
import dev.tern.model.campaign.CampaignStore;
import dev.tern.model.campaign.EmailChannels;
import dev.tern.model.campaign.RunCompletion;
import dev.tern.model.campaign.SegmentJobQueue;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** CDI producers joining the launcher to its adapters; tests replace the ports with in-memory fakes. */
@ApplicationScoped
public class Wiring {

  @Produces
  @Singleton
  Clock clock() {
    return Clock.systemUTC();
  }

  @Produces
  @ApplicationScoped
  DynamoDbClient dynamo(SchedulerConfig config) {
    return DynamoDbClients.create(config.region());
  }

  @Produces
  @ApplicationScoped
  CampaignStore campaigns(DynamoDbClient dynamo, SchedulerConfig config) {
    return new DynamoDbCampaignStore(dynamo, config.campaigns().table());
  }

  @Produces
  @ApplicationScoped
  ActivityStore activities(DynamoDbClient dynamo, SchedulerConfig config) {
    return new DynamoDbActivityStore(dynamo, config.campaigns().runsTable());
  }

  @Produces
  @ApplicationScoped
  EmailChannels channels(DynamoDbClient dynamo, SchedulerConfig config) {
    return new DynamoDbChannelStore(dynamo, config.channels().table());
  }

  @Produces
  @ApplicationScoped
  SegmentJobQueue jobs(SchedulerConfig config) {
    return SqsQueues.jobs(AwsClients.sqs(config.region()), config.campaigns().segmentJobsQueueUrl());
  }

  @Produces
  @Singleton
  CampaignLauncher launcher(CampaignStore campaigns, ActivityStore activities, SegmentJobQueue jobs,
      EmailChannels channels, Clock clock, SchedulerConfig config) {
    return new CampaignLauncher(campaigns, activities, jobs, channels, new RunCompletion(activities, campaigns), clock,
        config.campaigns().audienceSlices());
  }
}
