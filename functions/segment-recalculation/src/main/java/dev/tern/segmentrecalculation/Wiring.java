package dev.tern.segmentrecalculation;

import dev.tern.aws.AwsClients;
import dev.tern.aws.DynamoDbActivityStore;
import dev.tern.aws.DynamoDbCampaignStore;
import dev.tern.aws.DynamoDbClients;
import dev.tern.aws.DynamoDbEndpointStore;
import dev.tern.aws.DynamoDbSegmentStore;
import dev.tern.aws.SqsQueues;
import dev.tern.model.campaign.ActivityStore;
import dev.tern.model.campaign.AudienceSlicer;
import dev.tern.model.campaign.CampaignStore;
import dev.tern.model.campaign.CommandQueue;
import dev.tern.model.campaign.RunCompletion;
import dev.tern.model.campaign.SegmentJobQueue;
import dev.tern.model.endpoint.EndpointStore;
import dev.tern.model.segment.SegmentStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.sqs.SqsClient;

/** CDI producers joining the slicer to its adapters; tests replace the ports with in-memory fakes. */
@ApplicationScoped
public class Wiring {

  @Produces
  @Singleton
  Clock clock() {
    return Clock.systemUTC();
  }

  @Produces
  @ApplicationScoped
  DynamoDbClient dynamo(RecalculationConfig config) {
    return DynamoDbClients.create(config.region());
  }

  @Produces
  @ApplicationScoped
  SqsClient sqs(RecalculationConfig config) {
    return AwsClients.sqs(config.region());
  }

  @Produces
  @ApplicationScoped
  EndpointStore endpoints(DynamoDbClient dynamo, RecalculationConfig config) {
    return new DynamoDbEndpointStore(dynamo, config.endpoints().table());
  }

  @Produces
  @ApplicationScoped
  SegmentStore segments(DynamoDbClient dynamo, RecalculationConfig config) {
    return new DynamoDbSegmentStore(dynamo, config.segments().table());
  }

  @Produces
  @ApplicationScoped
  CampaignStore campaigns(DynamoDbClient dynamo, RecalculationConfig config) {
    return new DynamoDbCampaignStore(dynamo, config.campaigns().table());
  }

  @Produces
  @ApplicationScoped
  ActivityStore activities(DynamoDbClient dynamo, RecalculationConfig config) {
    return new DynamoDbActivityStore(dynamo, config.campaigns().runsTable());
  }

  @Produces
  @ApplicationScoped
  CommandQueue commands(SqsClient sqs, RecalculationConfig config) {
    return SqsQueues.commands(sqs, config.campaigns().sendEmailQueueUrl());
  }

  @Produces
  @ApplicationScoped
  SegmentJobQueue jobs(SqsClient sqs, RecalculationConfig config) {
    return SqsQueues.jobs(sqs, config.campaigns().segmentJobsQueueUrl());
  }

  @Produces
  @Singleton
  AudienceSlicer slicer(EndpointStore endpoints, SegmentStore segments, CommandQueue commands, SegmentJobQueue jobs,
      ActivityStore activities, CampaignStore campaigns, Clock clock, RecalculationConfig config) {
    return new AudienceSlicer(endpoints, segments, commands, jobs, activities,
        new RunCompletion(activities, campaigns), clock, config.campaigns().audiencePageSize(),
        config.campaigns().audiencePagesPerJob());
  }
}
