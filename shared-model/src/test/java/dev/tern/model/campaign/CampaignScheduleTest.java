package dev.tern.model.campaign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class CampaignScheduleTest {

    static final Instant WRITTEN = Instant.parse("2026-11-26T12:00:00Z");
    static final Instant START = Instant.parse("2026-11-26T15:00:00Z");

    static Campaign campaign(StartTime start, CampaignState state) {
        CampaignDefinition d = new CampaignDefinition("c", null, "seg1", null, new Schedule.Once(start, null),
                new EmailContent.Template("T", null, null), null, false, null, null, Map.of());
        return new Campaign("app", "c1", 1, d, state, WRITTEN, WRITTEN);
    }

    static Stream<Arguments> table() {
        StartTime immediate = new StartTime.Immediate();
        StartTime at = new StartTime.At(START);
        return Stream.of(
                Arguments.of("immediate, at write time", immediate, CampaignState.SCHEDULED, WRITTEN, WRITTEN),
                Arguments.of("immediate, later tick", immediate, CampaignState.SCHEDULED, START, WRITTEN),
                Arguments.of("future start, before it", at, CampaignState.SCHEDULED, START.minusMillis(1), null),
                Arguments.of("future start, exactly at it", at, CampaignState.SCHEDULED, START, START),
                Arguments.of("future start, after it", at, CampaignState.SCHEDULED, START.plusSeconds(3600), START),
                Arguments.of("paused", immediate, CampaignState.PAUSED, START, null),
                Arguments.of("already executing", at, CampaignState.EXECUTING, START, null),
                Arguments.of("completed", at, CampaignState.COMPLETED, START, null),
                Arguments.of("deleted", at, CampaignState.DELETED, START, null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void dueRuns(String name, StartTime start, CampaignState state, Instant now, Instant expectedScheduledStart) {
        Campaign c = campaign(start, state);
        List<CampaignRun> runs = new CampaignSchedule(Clock.fixed(now, ZoneOffset.UTC)).dueRuns(c);
        List<Instant> starts = runs.stream().map(CampaignRun::scheduledStart).toList();
        assertEquals(expectedScheduledStart == null ? List.of() : List.of(expectedScheduledStart), starts);
    }

    @Test
    void aRepeatedTickComputesTheSameRun() {
        Campaign c = campaign(new StartTime.At(START), CampaignState.SCHEDULED);
        assertEquals(CampaignSchedule.dueRuns(c, START), CampaignSchedule.dueRuns(c, START.plusSeconds(30)));
    }

    @Test
    void runIdDependsOnCampaignVersionTreatmentAndScheduledStart() {
        String base = CampaignRun.runId("c1", 1, "0", START);
        assertTrue(base.matches("[0-9a-f]{32}"), base);
        assertEquals(base, CampaignRun.runId("c1", 1, "0", START));
        assertNotEquals(base, CampaignRun.runId("c2", 1, "0", START));
        assertNotEquals(base, CampaignRun.runId("c1", 2, "0", START));
        assertNotEquals(base, CampaignRun.runId("c1", 1, "1", START));
        assertNotEquals(base, CampaignRun.runId("c1", 1, "0", START.plusMillis(1)));
    }

    @Test
    void everyScheduleKindHasScheduleMath() {
        for (Class<?> kind : Schedule.class.getPermittedSubclasses()) {
            assertEquals(Schedule.Once.class, kind, "add a dueRuns case and a table row for " + kind);
        }
    }
}
