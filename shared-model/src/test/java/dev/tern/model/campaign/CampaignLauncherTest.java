package dev.tern.model.campaign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tern.model.endpoint.ChannelType;
import dev.tern.model.endpoint.Endpoint;
import dev.tern.model.endpoint.EndpointStatus;
import dev.tern.model.endpoint.EndpointUser;
import dev.tern.model.endpoint.InMemoryEndpointStore;
import dev.tern.model.endpoint.OptOut;
import dev.tern.model.segment.InMemorySegmentStore;
import dev.tern.model.segment.Segment;
import dev.tern.model.segment.SegmentDefinition;
import dev.tern.model.segment.SegmentDimensions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class CampaignLauncherTest {

    static final Instant T0 = Instant.parse("2026-11-26T12:00:00Z");
    static final String APP = "app";

    final MutableClock clock = new MutableClock(T0);
    final InMemoryCampaignStore campaigns = new InMemoryCampaignStore();
    final InMemoryActivityStore activities = new InMemoryActivityStore();
    final InMemoryEndpointStore endpoints = new InMemoryEndpointStore();
    final InMemorySegmentStore segments = new InMemorySegmentStore();
    final InMemorySegmentJobQueue jobs = new InMemorySegmentJobQueue();
    final InMemoryEmailChannels channels = new InMemoryEmailChannels();
    final InMemoryCommandQueue queue = new InMemoryCommandQueue();
    final AtomicInteger publishFailures = new AtomicInteger();
    final CommandQueue flakyQueue = commands -> {
        if (publishFailures.getAndDecrement() > 0) {
            throw new IllegalStateException("SQS unavailable");
        }
        queue.publish(commands);
    };
    final RunCompletion completion = new RunCompletion(activities, campaigns);
    final CampaignLauncher launcher = new CampaignLauncher(campaigns, activities, jobs, channels, completion, clock, 3);
    final AudienceSlicer slicer = new AudienceSlicer(endpoints, segments, flakyQueue, jobs, activities, completion,
            clock, 7, 2);

    final InMemoryRecipientSource recipients = new InMemoryRecipientSource();
    final InMemoryDeliveryLedger ledger = new InMemoryDeliveryLedger();
    final ScriptedEmailSender email = new ScriptedEmailSender();
    final CampaignSender sender = new CampaignSender(recipients, ledger, new ScriptedComposer(), email, activities,
            completion, clock, Duration.ofMinutes(15));

    CampaignLauncherTest() {
        channels.put(APP, new EmailChannel("default@example.com", "tern-set", true));
        segments.create(new Segment(APP, "seg1", "arn", "all", new SegmentDefinition.Dimensional(SegmentDimensions.NONE),
                1, T0, T0, Map.of()));
    }

    /** Runs the segment-recalculation jobs (and the continuations they publish) until none is left. */
    int resolveAll() {
        int handled = 0;
        for (List<SegmentJob> batch = jobs.drain(); !batch.isEmpty(); batch = jobs.drain()) {
            for (SegmentJob job : batch) {
                slicer.handle(job);
                handled++;
            }
        }
        return handled;
    }

    Campaign store(StartTime start, EmailContent content, boolean paused) {
        CampaignDefinition d = new CampaignDefinition("c", null, "seg1", null, new Schedule.Once(start, null),
                content, null, paused, null, null, Map.of());
        Campaign c = CampaignVersions.create(APP, "c1", d, T0);
        campaigns.putVersion(c);
        return c;
    }

    Campaign storeImmediateInline() {
        return store(new StartTime.Immediate(), new EmailContent.Inline("Hi", "<p>x</p>", null, null, List.of()),
                false);
    }

    List<String> members(int n) {
        List<String> ids = new ArrayList<>();
        IntStream.range(0, n).forEach(i -> {
            ids.add("e" + i);
            recipients.put(APP, new Recipient("e" + i, "EMAIL", i + "@x.org", "NONE", "ACTIVE", null));
            endpoints.put(new Endpoint("e" + i, APP, ChannelType.EMAIL, i + "@x.org", Map.of(), null, null, Map.of(),
                    OptOut.NONE, EndpointUser.NONE, T0, EndpointStatus.ACTIVE, null, T0, i % 100));
        });
        return ids;
    }

    CampaignState state() {
        return campaigns.current(APP, "c1").orElseThrow().state();
    }

    @Test
    void launchesADueRunOnceAcrossRepeatedTicks() {
        Campaign c = storeImmediateInline();
        members(120);

        List<CampaignRun> first = launcher.tick();
        List<CampaignRun> second = launcher.tick();

        assertEquals(1, first.size());
        assertEquals(List.of(), second);
        assertEquals(List.of(0, 1, 2), jobs.published().stream().map(SegmentJob::slice).toList());
        assertTrue(resolveAll() > 3, "long slices continue in further jobs");
        assertEquals(120, queue.published().stream().mapToInt(cmd -> cmd.endpointIds().size()).sum());
        assertEquals(120, queue.published().stream().flatMap(cmd -> cmd.endpointIds().stream()).distinct().count());
        SendEmailCommand cmd = queue.published().get(0);
        assertEquals(first.get(0).runId(), cmd.runId());
        assertEquals(new MessageRef.CampaignMessage("c1", c.version()), cmd.message());
        assertEquals("default@example.com", cmd.fromAddress());
        assertEquals("tern-set", cmd.configurationSet());
        CampaignActivity a = activities.find(cmd.runId()).orElseThrow();
        assertEquals(120, a.expectedEndpoints());
        assertEquals(3, a.slicesDone());
        assertEquals(CampaignState.EXECUTING, state());
    }

    @Test
    void aFutureCampaignWaitsForItsStartTime() {
        store(new StartTime.At(T0.plusSeconds(3600)), new EmailContent.Template("Welcome", "2", "news@x.org"), false);
        members(3);

        assertEquals(List.of(), launcher.tick());
        clock.advance(Duration.ofSeconds(3600));
        assertEquals(1, launcher.tick().size());
        resolveAll();

        SendEmailCommand cmd = queue.published().get(0);
        assertEquals(new MessageRef.TemplateMessage("Welcome", "2"), cmd.message());
        assertEquals("news@x.org", cmd.fromAddress(), "the campaign's From overrides the channel's");
        assertEquals(T0.plusSeconds(3600), cmd.scheduledStart());
    }

    @Test
    void pausedCampaignsAreNotLaunched() {
        store(new StartTime.Immediate(), new EmailContent.Inline("Hi", "x", null, null, List.of()), true);
        members(3);
        assertEquals(List.of(), launcher.tick());
        assertTrue(jobs.published().isEmpty());
    }

    @Test
    void anEmptyAudienceCompletesTheRunAtOnce() {
        storeImmediateInline();
        CampaignRun run = launcher.tick().get(0);
        assertEquals(ActivityState.RUNNING, activities.find(run.runId()).orElseThrow().state(), "slices pending");
        resolveAll();
        assertEquals(ActivityState.COMPLETED, activities.find(run.runId()).orElseThrow().state());
        assertEquals(CampaignState.COMPLETED, state());
    }

    @Test
    void withoutAnEnabledEmailChannelTheRunFailsAndTheCampaignIsInvalid() {
        channels.put(APP, new EmailChannel("default@example.com", null, false));
        storeImmediateInline();
        members(2);

        CampaignRun run = launcher.tick().get(0);

        CampaignActivity a = activities.find(run.runId()).orElseThrow();
        assertEquals(ActivityResult.FAIL, a.result());
        assertEquals(CampaignState.INVALID, state());
        assertTrue(jobs.published().isEmpty());
    }

    @Test
    void aTickThatCrashesBeforeMarkingExecutingIsRetriedWithoutDoubleSendsOrCounts() {
        storeImmediateInline();
        members(60);
        SegmentJobQueue flakyJobs = published -> {
            if (publishFailures.getAndDecrement() > 0) {
                throw new IllegalStateException("SQS unavailable");
            }
            jobs.publish(published);
        };
        CampaignLauncher crashing = new CampaignLauncher(campaigns, activities, flakyJobs, channels, completion, clock, 3);
        publishFailures.set(1);

        assertThrows(IllegalStateException.class, crashing::tick);
        assertEquals(CampaignState.SCHEDULED, state(), "still due: the next tick retries");
        crashing.tick();
        crashing.tick();
        assertEquals(3, jobs.published().size(), "published once the queue worked, not again once EXECUTING");

        // Every slice job is delivered twice, and the first page publication of one fails once.
        List<SegmentJob> firstJobs = jobs.drain();
        publishFailures.set(1);
        assertThrows(IllegalStateException.class, () -> slicer.handle(firstJobs.get(0)));
        for (SegmentJob job : firstJobs) {
            slicer.handle(job);
            slicer.handle(job);
        }
        resolveAll();

        for (SendEmailCommand cmd : queue.published()) {
            sender.handle(cmd);
            sender.handle(cmd);
        }

        assertEquals(60, email.accepted.size());
        CampaignActivity a = activities.forCampaign(APP, "c1").get(0);
        assertEquals(60, a.successfulEndpointCount());
        assertEquals(60, a.totalEndpointCount());
        assertEquals(ActivityState.COMPLETED, a.state());
        assertEquals(CampaignState.COMPLETED, state());
    }

    @Test
    void sendersFinishingBeforeTheCampaignIsMarkedExecutingStillCompleteIt() {
        storeImmediateInline();
        members(2);
        CommandQueue sendAtOnce = commands -> commands.forEach(sender::handle);
        AudienceSlicer eagerSlicer = new AudienceSlicer(endpoints, segments, sendAtOnce, jobs, activities, completion,
                clock, 100, 10);
        SegmentJobQueue resolveAtOnce = published -> published.forEach(eagerSlicer::handle);
        CampaignLauncher eager = new CampaignLauncher(campaigns, activities, resolveAtOnce, channels, completion,
                clock, 2);

        eager.tick();

        assertEquals(2, email.accepted.size());
        assertEquals(CampaignState.COMPLETED, state());
    }
}
