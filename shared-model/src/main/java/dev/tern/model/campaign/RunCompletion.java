package dev.tern.model.campaign;

import java.time.Instant;

/**
 * Finishes a run when its last endpoint is counted: the activity goes RUNNING → COMPLETED (a conditional
 * write, so exactly one of the concurrent workers wins) and that winner moves the campaign EXECUTING →
 * COMPLETED through {@link CampaignTransitions}. Only ONCE schedules exist, so a finished run is always the
 * last; recurring schedules will ask the schedule for a next run here and use RUN_FINISHED_MORE_DUE.
 */
public final class RunCompletion {

    private final ActivityStore activities;
    private final CampaignStore campaigns;

    /** Completion over these stores. */
    public RunCompletion(ActivityStore activities, CampaignStore campaigns) {
        this.activities = activities;
        this.campaigns = campaigns;
    }

    /**
     * Completes the run if {@code activity} has every endpoint processed, then moves the campaign EXECUTING →
     * COMPLETED if the run is completed (by this call or an earlier one). Idempotent: the launcher calls it
     * again after it marks the campaign EXECUTING, in case the senders finished the run first. True if this
     * call completed the activity.
     */
    public boolean completeIfDone(CampaignActivity activity, Instant now) {
        boolean completedNow = activity.state() == ActivityState.RUNNING && activity.allProcessed()
                && activities.complete(activity.runId(), ActivityResult.SUCCESS, now);
        if (completedNow || activity.state() == ActivityState.COMPLETED) {
            Transition t = CampaignTransitions.apply(CampaignState.EXECUTING, CampaignEvent.LAST_RUN_FINISHED);
            if (t instanceof Transition.Moved moved) {
                campaigns.changeState(activity.applicationId(), activity.campaignId(), activity.campaignVersion(),
                        CampaignState.EXECUTING, moved.to());
            }
        }
        return completedNow;
    }
}
