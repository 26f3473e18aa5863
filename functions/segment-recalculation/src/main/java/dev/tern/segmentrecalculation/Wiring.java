package dev.tern.segmentrecalculation;

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
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * The slicer use case and this function's own queue (SendEmailQueue); the stores, SegmentJobsQueue and the
 * SQS client come from functions/stores. Tests replace the ports with in-memory fakes.
 */
@ApplicationScoped
public class Wiring {

  /** SendEmailQueue, which only this function writes to. */
  @Produces
  @ApplicationScoped
  CommandQueue commands(SqsClient sqs, RecalculationConfig config) {
    return SqsQueues.commands(sqs, config.campaigns().sendEmailQueueUrl());
  }

  /** The slicer, with this function's page sizes. */
  @Produces
  @Singleton
  AudienceSlicer slicer(EndpointStore endpoints, SegmentStore segments, CommandQueue commands, SegmentJobQueue jobs,
      ActivityStore activities, CampaignStore campaigns, Clock clock, RecalculationConfig config) {
    return new AudienceSlicer(endpoints, segments, commands, jobs, activities,
        new RunCompletion(activities, campaigns), clock, config.campaigns().audiencePageSize(),
        config.campaigns().audiencePagesPerJob());
  }
}
