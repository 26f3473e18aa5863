package dev.tern.segmentrecalculation;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Tern's config namespace as segment-recalculation reads it (env {@code TERN_*} from template.yaml). */
@ConfigMapping(prefix = "tern")
public interface RecalculationConfig {

  /** Region of the AWS clients; Lambda sets {@code AWS_REGION}. */
  @WithDefault("${AWS_REGION:us-east-1}")
  String region();

  /** Campaign settings. */
  Campaigns campaigns();

  /** Endpoint settings. */
  Endpoints endpoints();

  /** Segment settings. */
  Segments segments();

  /** Where runs and queues are, and how much one invocation reads. */
  interface Campaigns {

    /** DynamoDB table of campaign versions (CampaignsTable; the run's completion moves the campaign). */
    @WithDefault("tern-campaigns")
    String table();

    /** DynamoDB table of campaign runs (CampaignRunsTable). */
    @WithDefault("tern-campaign-runs")
    String runsTable();

    /** URL of SendEmailQueue. */
    @WithDefault("http://localhost/send-email")
    String sendEmailQueueUrl();

    /** URL of SegmentJobsQueue (for continuations). */
    @WithDefault("http://localhost/segment-jobs")
    String segmentJobsQueueUrl();

    /** Endpoints read per scan page. */
    @WithDefault("500")
    int audiencePageSize();

    /** Pages one invocation resolves before the slice continues in a new job (bounds the invocation time). */
    @WithDefault("10")
    int audiencePagesPerJob();
  }

  /** Where endpoints live. */
  interface Endpoints {

    /** DynamoDB table of endpoints (EndpointsTable). */
    @WithDefault("tern-endpoints")
    String table();
  }

  /** Where segments live. */
  interface Segments {

    /** DynamoDB table of segments (SegmentsTable). */
    @WithDefault("tern-segments")
    String table();
  }
}
