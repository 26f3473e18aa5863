package dev.tern.stores;

import dev.tern.aws.AwsClients;
import dev.tern.aws.SqsQueues;
import dev.tern.model.campaign.SegmentJobQueue;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * The SQS client and the queues more than one function writes to. A function's own queues (ingest's
 * EventsQueue, segment-recalculation's SendEmailQueue, the api's nudges) are wired by that function on
 * this client.
 */
@ApplicationScoped
public class QueueWiring {

  /** One SQS client per container, built on first use (see AwsClients). */
  @Produces
  @ApplicationScoped
  SqsClient sqsClient(StoresConfig config) {
    return AwsClients.sqs(config.region());
  }

  /** SegmentJobsQueue: the scheduler publishes a run's audience slices, segment-recalculation continuations. */
  @Produces
  @ApplicationScoped
  SegmentJobQueue segmentJobQueue(SqsClient sqs, StoresConfig config) {
    return SqsQueues.jobs(sqs, config.campaigns().segmentJobsQueueUrl());
  }
}
