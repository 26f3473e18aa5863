package dev.tern.model.campaign;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Schedule math: which runs of a campaign are due now. Pure given the clock; the scheduler calls it on every
 * tick and relies on {@link CampaignRun}'s deterministic id to make repeated ticks harmless.
 *
 * <p>ONCE: one run at {@code StartTime}; IMMEDIATE means the moment the version was written
 * ({@code lastModifiedDate}), so a campaign created paused with IMMEDIATE runs when an update resumes it.
 * A run is due only while the campaign is SCHEDULED: once the run has started (EXECUTING) or the campaign is
 * paused or final, nothing is due.
 */
public final class CampaignSchedule {

    private final Clock clock;

    /** Schedule math against this clock. */
    public CampaignSchedule(Clock clock) {
        this.clock = clock;
    }

    /** The runs of {@code campaign} due at the clock's current instant. */
    public List<CampaignRun> dueRuns(Campaign campaign) {
        return dueRuns(campaign, clock.instant());
    }

    /** The runs of {@code campaign} due at {@code now} (empty or one run for ONCE). */
    public static List<CampaignRun> dueRuns(Campaign campaign, Instant now) {
        if (campaign.state() != CampaignState.SCHEDULED) {
            return List.of();
        }
        Schedule schedule = campaign.definition().schedule();
        if (schedule instanceof Schedule.Once once) {
            Instant due = once.start().dueAt(campaign.lastModifiedDate());
            return due.isAfter(now) ? List.of()
                    : List.of(CampaignRun.of(campaign, CampaignRun.DEFAULT_TREATMENT, due));
        }
        throw new IllegalStateException("no schedule math for " + schedule.getClass().getSimpleName());
    }
}
