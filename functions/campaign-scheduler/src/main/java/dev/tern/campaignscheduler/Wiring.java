package dev.tern.campaignscheduler;

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

/**
 * The launcher use case over the stores and SegmentJobsQueue of functions/stores; tests replace those ports
 * with in-memory fakes.
 */
@ApplicationScoped
public class Wiring {

  /** The launcher, with this function's slice count. */
  @Produces
  @Singleton
  CampaignLauncher launcher(CampaignStore campaigns, ActivityStore activities, SegmentJobQueue jobs,
      EmailChannels channels, Clock clock, SchedulerConfig config) {
    return new CampaignLauncher(campaigns, activities, jobs, channels, new RunCompletion(activities, campaigns), clock,
        config.campaigns().audienceSlices());
  }
}
