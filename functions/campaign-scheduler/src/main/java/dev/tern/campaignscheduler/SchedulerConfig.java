package dev.tern.campaignscheduler;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Tern's config namespace as the campaign-scheduler reads it ({@code tern.campaigns.table} ↔
 * {@code TERN_CAMPAIGNS_TABLE}, set in template.yaml).
 */
@ConfigMapping(prefix = "tern")
public interface SchedulerConfig {

  /** Region of the AWS clients; Lambda sets {@code AWS_REGION}. */
  @WithDefault("${AWS_REGION:us-east-1}")
  String region();

  /** Campaign settings. */
  Campaigns campaigns();

  /** Channel settings. */
  Channels channels();

  /** Where campaigns, runs and slice jobs go. */
  interface Campaigns {

    /** DynamoDB table of campaign versions (CampaignsTable). */
    @WithDefault("tern-campaigns")
    String table();

    /** DynamoDB table of campaign runs (CampaignRunsTable). */
    @WithDefault("tern-campaign-runs")
    String runsTable();

    /** URL of SegmentJobsQueue, where each run's audience slices are published. */
    @WithDefault("http://localhost/segment-jobs")
    String segmentJobsQueueUrl();

    /** Parallel scan slices per run: how many segment-recalculation invocations resolve one audience at once. */
    @WithDefault("4")
    int audienceSlices();
  }

  /** Where channels live. */
  interface Channels {

    /** DynamoDB table of the apps' channels (ChannelsTable). */
    @WithDefault("tern-channels")
    String table();
  }
}
