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

    /** Completes the run if {@code activity} has every endpoint processed; true if this call completed it. */
    public boolean completeIfDone(CampaignActivity activity, Instant now) {
        if (activity.state() != ActivityState.RUNNING || !activity.allProcessed()) {
            return false;
        }
        if (!activities.complete(activity.runId(), ActivityResult.SUCCESS, now)) {
            return false;
        }
        Transition t = CampaignTransitions.apply(CampaignState.EXECUTING, CampaignEvent.LAST_RUN_FINISHED);
        if (t instanceof Transition.Moved moved) {
            campaigns.changeState(activity.applicationId(), activity.campaignId(), activity.campaignVersion(),
                    CampaignState.EXECUTING, moved.to());
        }
        return true;
    }
}
