package dev.tern.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.pinpoint.PinpointClient;
import software.amazon.awssdk.services.pinpoint.model.Activity;
import software.amazon.awssdk.services.pinpoint.model.BadRequestException;
import software.amazon.awssdk.services.pinpoint.model.ConditionalSplitActivity;
import software.amazon.awssdk.services.pinpoint.model.ConflictException;
import software.amazon.awssdk.services.pinpoint.model.CreateApplicationRequest;
import software.amazon.awssdk.services.pinpoint.model.EmailMessageActivity;
import software.amazon.awssdk.services.pinpoint.model.HoldoutActivity;
import software.amazon.awssdk.services.pinpoint.model.JourneyResponse;
import software.amazon.awssdk.services.pinpoint.model.JourneySchedule;
import software.amazon.awssdk.services.pinpoint.model.ListJourneysResponse;
import software.amazon.awssdk.services.pinpoint.model.NotFoundException;
import software.amazon.awssdk.services.pinpoint.model.SegmentCondition;
import software.amazon.awssdk.services.pinpoint.model.SimpleCondition;
import software.amazon.awssdk.services.pinpoint.model.StartCondition;
import software.amazon.awssdk.services.pinpoint.model.State;
import software.amazon.awssdk.services.pinpoint.model.WaitActivity;
import software.amazon.awssdk.services.pinpoint.model.WaitTime;
import software.amazon.awssdk.services.pinpoint.model.WriteJourneyRequest;

/** Journeys through the AWS SDK for Java v2, against the running suite. */
class JourneysIT {
    private static final PinpointClient pinpoint = TernClients.pinpoint();
    private static final String MISSING = "0123456789abcdef0123456789abcdef";
    private static String app;

    @BeforeAll
    static void createApp() {
        app = pinpoint.createApp(r -> r.createApplicationRequest(
                CreateApplicationRequest.builder().name("it-journeys").build())).applicationResponse().id();
    }

    @AfterAll
    static void cleanUp() {
        pinpoint.deleteApp(r -> r.applicationId(app));
        pinpoint.close();
    }

    static Map<String, Activity> activities(int holdoutPercent) {
        Map<String, Activity> activities = new LinkedHashMap<>();
        activities.put("welcome", Activity.builder().description("first mail").email(EmailMessageActivity.builder()
                .templateName("welcome").nextActivity("wait").build()).build());
        activities.put("wait", Activity.builder().waitValue(WaitActivity.builder()
                .waitTime(WaitTime.builder().waitFor("P2D").build()).nextActivity("split").build()).build());
        activities.put("split", Activity.builder().conditionalSplit(ConditionalSplitActivity.builder()
                .condition(c -> c.conditions(SimpleCondition.builder().segmentCondition(
                        SegmentCondition.builder().segmentId("5f0c6c9e1c4b4d2f8a7e3b2c1d0e9f8a").build()).build())
                        .operator("ALL"))
                .trueActivity("holdout").build()).build());
        activities.put("holdout", Activity.builder().holdout(HoldoutActivity.builder()
                .percentage(holdoutPercent).build()).build());
        return activities;
    }

    static WriteJourneyRequest journey(String name, int holdoutPercent) {
        return WriteJourneyRequest.builder()
                .name(name)
                .activities(activities(holdoutPercent))
                .startActivity("welcome")
                .startCondition(StartCondition.builder().segmentStartCondition(
                        SegmentCondition.builder().segmentId("5f0c6c9e1c4b4d2f8a7e3b2c1d0e9f8a").build()).build())
                .schedule(JourneySchedule.builder().startTime(Instant.parse("2026-12-01T00:00:00Z"))
                        .endTime(Instant.parse("2027-03-01T00:00:00Z")).timezone("UTC").build())
                .refreshFrequency("PT1H")
                .build();
    }

    private static JourneyResponse create(WriteJourneyRequest request) {
        return pinpoint.createJourney(r -> r.applicationId(app).writeJourneyRequest(request)).journeyResponse();
    }

    @Test
    void createdJourneyReadsBackMemberForMember() {
        JourneyResponse created = create(journey("it-create", 10));
        assertTrue(created.id().matches("[0-9a-f]{32}"), created.id());
        assertEquals(app, created.applicationId());
        assertEquals(State.DRAFT, created.state());
        assertEquals(activities(10), created.activities());
        assertEquals(Instant.parse("2026-12-01T00:00:00Z"), created.schedule().startTime());
        assertEquals(Map.of(), created.tags());
        Instant.parse(created.creationDate());

        JourneyResponse got = pinpoint.getJourney(r -> r.applicationId(app).journeyId(created.id())).journeyResponse();
        assertEquals(created, got);
    }

    @Test
    void listsPageByPage() {
        String other = pinpoint.createApp(r -> r.createApplicationRequest(
                CreateApplicationRequest.builder().name("it-journeys-list").build())).applicationResponse().id();
        try {
            List<String> created = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                final int n = i;
                created.add(pinpoint.createJourney(r -> r.applicationId(other).writeJourneyRequest(
                        WriteJourneyRequest.builder().name("list-" + n).build())).journeyResponse().id());
            }
            created.sort(null);
            List<String> seen = new ArrayList<>();
            String token = null;
            do {
                final String t = token;
                ListJourneysResponse page = pinpoint.listJourneys(r -> r.applicationId(other).pageSize("2").token(t));
                page.journeysResponse().item().forEach(j -> seen.add(j.id()));
                token = page.journeysResponse().nextToken();
            } while (token != null);
            assertEquals(created, seen);
        } finally {
            pinpoint.deleteApp(r -> r.applicationId(other));
        }
    }

    @Test
    void stateChangesAndTheConflictOfAPublishedJourney() {
        JourneyResponse j = create(journey("it-states", 10));
        JourneyResponse active = pinpoint.updateJourneyState(r -> r.applicationId(app).journeyId(j.id())
                .journeyStateRequest(s -> s.state(State.ACTIVE))).journeyResponse();
        assertEquals(State.ACTIVE, active.state());

        // Activities of a published journey are frozen: 409, the one operation that models it.
        ConflictException conflict = assertThrows(ConflictException.class, () -> pinpoint.updateJourney(r -> r
                .applicationId(app).journeyId(j.id()).writeJourneyRequest(journey("it-states", 20))));
        assertEquals(409, conflict.statusCode());
        // Other settings may still change.
        JourneyResponse renamed = pinpoint.updateJourney(r -> r.applicationId(app).journeyId(j.id())
                .writeJourneyRequest(journey("it-states-renamed", 10))).journeyResponse();
        assertEquals("it-states-renamed", renamed.name());
        assertEquals(State.ACTIVE, renamed.state());

        assertEquals(State.PAUSED, pinpoint.updateJourneyState(r -> r.applicationId(app).journeyId(j.id())
                .journeyStateRequest(s -> s.state(State.PAUSED))).journeyResponse().state());
        assertEquals(State.CANCELLED, pinpoint.updateJourneyState(r -> r.applicationId(app).journeyId(j.id())
                .journeyStateRequest(s -> s.state(State.CANCELLED))).journeyResponse().state());
        BadRequestException refused = assertThrows(BadRequestException.class, () -> pinpoint.updateJourneyState(
                r -> r.applicationId(app).journeyId(j.id()).journeyStateRequest(s -> s.state(State.ACTIVE))));
        assertTrue(refused.getMessage().contains("A CANCELLED journey cannot be made ACTIVE"), refused.getMessage());
    }

    @Test
    void aDanglingNextActivityIs400() {
        Map<String, Activity> broken = activities(10);
        broken.put("holdout", Activity.builder().holdout(HoldoutActivity.builder().percentage(10)
                .nextActivity("nowhere").build()).build());
        WriteJourneyRequest request = journey("it-broken", 10).toBuilder().activities(broken).build();
        BadRequestException e = assertThrows(BadRequestException.class, () -> create(request));
        assertEquals(400, e.statusCode());
        assertTrue(e.getMessage().contains("Activities.holdout.Holdout.NextActivity: references activity 'nowhere'"),
                e.getMessage());
    }

    @Test
    void deleteAnswersTheJourneyThenItIsGone() {
        JourneyResponse j = create(journey("it-delete", 10));
        JourneyResponse deleted = pinpoint.deleteJourney(r -> r.applicationId(app).journeyId(j.id())).journeyResponse();
        assertEquals(j.id(), deleted.id());
        NotFoundException e = assertThrows(NotFoundException.class,
                () -> pinpoint.getJourney(r -> r.applicationId(app).journeyId(j.id())));
        assertEquals(404, e.statusCode());
    }

    @Test
    void unknownAppOrJourneyIs404() {
        assertThrows(NotFoundException.class, () -> pinpoint.listJourneys(r -> r.applicationId(MISSING)));
        assertThrows(NotFoundException.class, () -> pinpoint.getJourney(r -> r.applicationId(app).journeyId(MISSING)));
        assertThrows(NotFoundException.class, () -> pinpoint.updateJourneyState(r -> r.applicationId(app)
                .journeyId(MISSING).journeyStateRequest(s -> s.state(State.CANCELLED))));
        assertNull(pinpoint.listJourneys(r -> r.applicationId(app).pageSize("1000")).journeysResponse().nextToken());
    }
}
