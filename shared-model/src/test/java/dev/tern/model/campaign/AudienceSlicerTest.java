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
import dev.tern.model.segment.AttributeDimension;
import dev.tern.model.segment.AttributeType;
import dev.tern.model.segment.InMemorySegmentStore;
import dev.tern.model.segment.RecencyDimension;
import dev.tern.model.segment.RecencyDuration;
import dev.tern.model.segment.RecencyType;
import dev.tern.model.segment.Segment;
import dev.tern.model.segment.SegmentBehaviors;
import dev.tern.model.segment.SegmentDefinition;
import dev.tern.model.segment.SegmentDimensions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class AudienceSlicerTest {

    static final Instant T0 = Instant.parse("2026-11-26T12:00:00Z");
    static final String APP = "app";

    final MutableClock clock = new MutableClock(T0);
    final InMemoryEndpointStore endpoints = new InMemoryEndpointStore();
    final InMemorySegmentStore segments = new InMemorySegmentStore();
    final InMemoryCommandQueue commands = new InMemoryCommandQueue();
    final InMemorySegmentJobQueue jobs = new InMemorySegmentJobQueue();
    final InMemoryActivityStore activities = new InMemoryActivityStore();
    final InMemoryCampaignStore campaigns = new InMemoryCampaignStore();
    final RunCompletion completion = new RunCompletion(activities, campaigns);
    final AudienceSlicer slicer = new AudienceSlicer(endpoints, segments, commands, jobs, activities, completion, clock,
            10, 3);
    final Campaign campaign;
    final CampaignRun run;

    AudienceSlicerTest() {
        CampaignDefinition d = new CampaignDefinition("c", null, "pro", null,
                new Schedule.Once(new StartTime.Immediate(), null),
                new EmailContent.Inline("Hi", "<p>x</p>", null, null, List.of()), null, false, null, null, Map.of());
        campaign = CampaignVersions.create(APP, "c1", d, T0).withState(CampaignState.EXECUTING);
        campaigns.putVersion(campaign);
        run = CampaignRun.of(campaign, CampaignRun.DEFAULT_TREATMENT, T0);
        SegmentDimensions plan = new SegmentDimensions(
                Map.of("plan", new AttributeDimension(AttributeType.INCLUSIVE, List.of("pro"))), null, null, null,
                null, null);
        segments.create(new Segment(APP, "pro", "arn", "pro users", new SegmentDefinition.Dimensional(plan), 1, T0, T0,
                Map.of()));
    }

    void endpoint(String id, String plan) {
        endpoints.put(new Endpoint(id, APP, ChannelType.EMAIL, id + "@x.org", Map.of("plan", List.of(plan)), null,
                null, Map.of(), OptOut.NONE, EndpointUser.NONE, T0, EndpointStatus.ACTIVE, null, T0, 0));
    }

    List<SegmentJob> start(int slices) {
        activities.create(CampaignActivity.resolving(run, slices, T0));
        return SegmentJob.firstPages(campaign, run, "shop@x.org", null,
                new MessageRef.CampaignMessage("c1", 1), slices);
    }

    @Test
    void publishesOnlyTheSegmentsEndpointsAndCountsThemAsExpected() {
        IntStream.range(0, 100).forEach(i -> endpoint("e" + i, i % 4 == 0 ? "pro" : "free"));
        for (SegmentJob job : start(2)) {
            slicer.handle(job);
        }
        for (List<SegmentJob> more = jobs.drain(); !more.isEmpty(); more = jobs.drain()) {
            more.forEach(slicer::handle);
        }
        List<String> sent = commands.published().stream().flatMap(c -> c.endpointIds().stream()).sorted().toList();
        assertEquals(IntStream.range(0, 100).filter(i -> i % 4 == 0).mapToObj(i -> "e" + i).sorted().toList(), sent);
        CampaignActivity a = activities.find(run.runId()).orElseThrow();
        assertEquals(25, a.expectedEndpoints());
        assertEquals(2, a.slicesDone());
        assertEquals(ActivityState.RUNNING, a.state(), "the sends are still to come");
    }

    @Test
    void aLongSliceContinuesInAJobOfItsOwnAndARedeliveredPageIsCountedOnce() {
        IntStream.range(0, 45).forEach(i -> endpoint("e" + i, "pro"));
        SegmentJob only = start(1).get(0);

        AudienceSlicer.Result first = slicer.handle(only);
        assertEquals(List.of(10, 10, 10), first.matchedPerPage());
        assertTrue(first.continued());
        SegmentJob continuation = jobs.drain().get(0);
        assertEquals(3, continuation.page());

        slicer.handle(only);
        jobs.drain();
        assertEquals(30, activities.find(run.runId()).orElseThrow().expectedEndpoints(), "pages counted once");

        AudienceSlicer.Result rest = slicer.handle(continuation);
        assertEquals(List.of(10, 5), rest.matchedPerPage());
        CampaignActivity a = activities.find(run.runId()).orElseThrow();
        assertEquals(45, a.expectedEndpoints());
        assertEquals(1, a.slicesDone());
    }

    @Test
    void recencyCountsAnEndpointsRecordedEventsAsWellAsItsUpdates() {
        // Updated 20 days ago; one of them sent an event yesterday, the other did not.
        Instant updated = T0.minus(Duration.ofDays(20));
        for (String id : List.of("quiet", "eventful", "fresh")) {
            endpoints.put(new Endpoint(id, APP, ChannelType.EMAIL, id + "@x.org", Map.of(), null, null, Map.of(),
                    OptOut.NONE, EndpointUser.NONE, id.equals("fresh") ? T0.minusSeconds(60) : updated,
                    EndpointStatus.ACTIVE, null, updated, 0));
        }
        endpoints.recordActivity(APP, "eventful", T0.minus(Duration.ofDays(1)));
        segments.update(new Segment(APP, "pro", "arn", "active this week", new SegmentDefinition.Dimensional(
                new SegmentDimensions(null, new SegmentBehaviors(new RecencyDimension(RecencyDuration.DAY_7,
                        RecencyType.ACTIVE)), null, null, null, null)), 2, T0, T0, Map.of()));

        for (SegmentJob job : start(1)) {
            slicer.handle(job);
        }
        List<String> sent = commands.published().stream().flatMap(c -> c.endpointIds().stream()).sorted().toList();
        assertEquals(List.of("eventful", "fresh"), sent);
    }

    @Test
    void aDeletedSegmentResolvesToNoEndpointsAndTheRunCompletes() {
        endpoint("e1", "pro");
        segments.delete(APP, "pro");
        for (SegmentJob job : start(3)) {
            slicer.handle(job);
        }
        assertTrue(commands.published().isEmpty());
        assertEquals(ActivityState.COMPLETED, activities.find(run.runId()).orElseThrow().state());
        assertEquals(CampaignState.COMPLETED, campaigns.current(APP, "c1").orElseThrow().state());
    }

    @Test
    void aJobOfAnUnknownVersionIsRefused() {
        SegmentJob job = start(1).get(0);
        SegmentJob future = new SegmentJob(2, job.applicationId(), job.campaignId(), job.campaignVersion(), job.runId(),
                job.treatmentId(), job.scheduledStart(), null, job.message(), job.fromAddress(), null, job.segmentId(),
                null, 0, 1, 0, null);
        assertThrows(UnsupportedCommandVersionException.class, () -> slicer.handle(future));
    }
}
