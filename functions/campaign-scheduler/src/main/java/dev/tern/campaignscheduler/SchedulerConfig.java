package dev.tern.campaignscheduler;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The campaign-scheduler's own keys in Tern's config namespace ({@code tern.campaigns.audience-slices} ↔
 * {@code TERN_CAMPAIGNS_AUDIENCE_SLICES}, set in template.yaml); tables, region and SegmentJobsQueue are read
 * by functions/stores' StoresConfig.
 */
@ConfigMapping(prefix = "tern")
public interface SchedulerConfig {

  /** Campaign settings. */
  Campaigns campaigns();

  /** How runs are launched. */
  interface Campaigns {

    /** Parallel scan slices per run: how many segment-recalculation invocations resolve one audience at once. */
    @WithDefault("4")
    int audienceSlices();
  }
}
