package dev.tern.model.campaign;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Use case: the scheduler tick (and the nudge after a campaign write). For every SCHEDULED campaign with a due
 * run: create the run's activity (conditional on the deterministic run id) as resolving its audience in
 * {@code slices} slices, publish one {@link SegmentJob} per slice (segment-recalculation resolves them into
 * send commands, see {@link AudienceSlicer}), and mark the campaign EXECUTING.
 *
 * <p>Crash safety by order: until the campaign is EXECUTING it stays SCHEDULED, so the next tick launches the
 * same run again (same run id, the activity already exists) and republishes the slice jobs; a slice page
 * already counted is not counted again and republished endpoints are passed over by the {@link DeliveryLedger}.
 * The campaign moves to EXECUTING only after publishing, so a crash never leaves an EXECUTING campaign without
 * its jobs. The run completes when every slice is resolved and every endpoint has an outcome
 * ({@link RunCompletion}); the launcher checks once more after marking EXECUTING, in case the slices and
 * senders finished first.
 *
 * <p>No enabled email channel: the run is recorded as a FAIL and the campaign becomes INVALID [inference:
 * Pinpoint does not document what happens; INVALID is its only "cannot run" status].
 */
public final class CampaignLauncher {

    private final CampaignStore campaigns;
    private final ActivityStore activities;
    private final SegmentJobQueue jobs;
    private final EmailChannels channels;
    private final RunCompletion completion;
    private final Clock clock;
    private final int slices;

    /** A launcher over these ports that resolves every audience in {@code slices} parallel slices. */
    public CampaignLauncher(CampaignStore campaigns, ActivityStore activities, SegmentJobQueue jobs,
            EmailChannels channels, RunCompletion completion, Clock clock, int slices) {
        if (slices < 1) {
            throw new IllegalArgumentException("slices must be positive");
        }
        this.campaigns = campaigns;
        this.activities = activities;
        this.jobs = jobs;
        this.channels = channels;
        this.completion = completion;
        this.clock = clock;
        this.slices = slices;
    }

    /** Launches every due run of every SCHEDULED campaign; returns the runs launched (or relaunched). */
    public List<CampaignRun> tick() {
        Instant now = clock.instant();
        List<CampaignRun> launched = new ArrayList<>();
        for (Campaign campaign : campaigns.inState(CampaignState.SCHEDULED)) {
            launched.addAll(launchDue(campaign, now));
        }
        return launched;
    }

    /** Launches the due runs of one campaign (the nudge after CreateCampaign/UpdateCampaign). */
    public List<CampaignRun> nudge(String applicationId, String campaignId) {
        Instant now = clock.instant();
        return campaigns.current(applicationId, campaignId).map(c -> launchDue(c, now)).orElse(List.of());
    }

    private List<CampaignRun> launchDue(Campaign campaign, Instant now) {
        List<CampaignRun> due = CampaignSchedule.dueRuns(campaign, now);
        due.forEach(run -> launch(campaign, run, now));
        return due;
    }

    private void launch(Campaign campaign, CampaignRun run, Instant now) {
        Optional<EmailChannel> channel = channels.emailChannel(campaign.applicationId()).filter(EmailChannel::enabled);
        EmailContent content = campaign.definition().email();
        String from = content.fromAddress() != null ? content.fromAddress()
                : channel.map(EmailChannel::fromAddress).orElse(null);
        if (channel.isEmpty() || from == null) {
            activities.create(CampaignActivity.started(run, 0, now));
            activities.complete(run.runId(), ActivityResult.FAIL, now);
            campaigns.changeState(campaign.applicationId(), campaign.id(), campaign.version(),
                    CampaignState.SCHEDULED, CampaignState.INVALID);
            return;
        }
        activities.create(CampaignActivity.resolving(run, slices, now));
        jobs.publish(SegmentJob.firstPages(campaign, run, from, channel.get().configurationSet(), messageRef(campaign),
                slices));
        Transition started = CampaignTransitions.apply(CampaignState.SCHEDULED, CampaignEvent.RUN_STARTED);
        campaigns.changeState(campaign.applicationId(), campaign.id(), campaign.version(), CampaignState.SCHEDULED,
                ((Transition.Moved) started).to());
        completion.completeIfDone(activities.find(run.runId()).orElseThrow(), now);
    }

    private static MessageRef messageRef(Campaign campaign) {
        EmailContent content = campaign.definition().email();
        if (content instanceof EmailContent.Template t) {
            return new MessageRef.TemplateMessage(t.name(), t.version());
        }
        return new MessageRef.CampaignMessage(campaign.id(), campaign.version());
    }
}
