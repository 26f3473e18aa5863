package dev.tern.model.campaign;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The sender wired to fakes, with one EXECUTING campaign whose run is RUNNING. */
final class SenderWorld {
    static final Instant T0 = Instant.parse("2026-11-26T12:00:00Z");
    static final Duration LEASE = Duration.ofMinutes(15);
    static final String APP = "app";

    final MutableClock clock = new MutableClock(T0);
    final InMemoryRecipientSource recipients = new InMemoryRecipientSource();
    final InMemoryDeliveryLedger ledger = new InMemoryDeliveryLedger();
    final ScriptedComposer composer = new ScriptedComposer();
    final ScriptedEmailSender email = new ScriptedEmailSender();
    final InMemoryActivityStore activities = new InMemoryActivityStore();
    final InMemoryCampaignStore campaigns = new InMemoryCampaignStore();
    final CampaignSender sender = new CampaignSender(recipients, ledger, composer, email, activities,
            new RunCompletion(activities, campaigns), clock, LEASE);
    final Campaign campaign;
    final CampaignRun run;

    SenderWorld(long expectedEndpoints) {
        this(expectedEndpoints, null);
    }

    SenderWorld(long expectedEndpoints, Integer maximumDuration) {
        CampaignDefinition d = new CampaignDefinition("c", null, "seg1", null,
                new Schedule.Once(new StartTime.Immediate(), null),
                new EmailContent.Inline("Hello", "<p>hi</p>", null, null, List.of()),
                new CampaignLimits(null, maximumDuration, null, null, null), false, null, null, Map.of());
        campaign = CampaignVersions.create(APP, "c1", d, T0).withState(CampaignState.EXECUTING);
        campaigns.putVersion(campaign);
        run = CampaignRun.of(campaign, CampaignRun.DEFAULT_TREATMENT, T0);
        activities.create(CampaignActivity.started(run, expectedEndpoints, T0));
    }

    /** Adds an active, subscribed EMAIL recipient whose address is {@code address}. */
    SenderWorld email(String endpointId, String address) {
        recipients.put(APP, new Recipient(endpointId, "EMAIL", address, "NONE", "ACTIVE", null));
        return this;
    }

    SenderWorld recipient(Recipient r) {
        recipients.put(APP, r);
        return this;
    }

    SendEmailCommand command(String... endpointIds) {
        return new SendEmailCommand(SendEmailCommand.CURRENT_VERSION, APP, campaign.id(), campaign.version(),
                run.runId(), run.treatmentId(), run.scheduledStart(),
                campaign.definition().limits().maximumDuration(),
                new MessageRef.CampaignMessage(campaign.id(), campaign.version()), "news@example.com", null, 0,
                List.of(endpointIds));
    }

    CampaignActivity activity() {
        return activities.find(run.runId()).orElseThrow();
    }

    DeliveryStatus status(String endpointId) {
        return ledger.find(run.runId(), endpointId).orElseThrow().status();
    }

    CampaignState campaignState() {
        return campaigns.current(APP, campaign.id()).orElseThrow().state();
    }
}
