package dev.tern.model.campaign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tern.model.app.AppService;
import dev.tern.model.app.InMemoryAppStore;
import dev.tern.model.common.BadRequestException;
import dev.tern.model.common.ConflictException;
import dev.tern.model.common.NotFoundException;
import dev.tern.model.segment.InMemorySegmentStore;
import dev.tern.model.segment.Segment;
import dev.tern.model.segment.SegmentDefinition;
import dev.tern.model.segment.SegmentDimensions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class CampaignServiceTest {

    static final Instant T0 = Instant.parse("2026-11-26T12:00:00Z");

    final MutableClock clock = new MutableClock(T0);
    final InMemoryAppStore appStore = new InMemoryAppStore();
    final AppService apps = new AppService(appStore, clock, () -> "a".repeat(32), "us-east-1", "000000000000");
    final InMemoryCampaignStore store = new InMemoryCampaignStore();
    final InMemorySegmentStore segments = new InMemorySegmentStore();
    final List<String> nudges = new ArrayList<>();
    final AtomicInteger ids = new AtomicInteger();
    CampaignNudges nudger = (app, id) -> nudges.add(id);

    CampaignService service() {
        return new CampaignService(apps, store, segments, new InMemoryActivityStore(), (a, c) -> nudger.nudge(a, c), clock,
                () -> String.format("%032x", ids.incrementAndGet()), "us-east-1", "000000000000");
    }

    /** An app with the segment {@link InputBuilder#SEGMENT} (version 1). */
    String app() {
        String app = apps.create("Shop", Map.of()).id();
        segments.create(new Segment(app, InputBuilder.SEGMENT, "arn", "all",
                new SegmentDefinition.Dimensional(SegmentDimensions.NONE), 1, T0, T0, Map.of()));
        return app;
    }

    @Test
    void aCampaignForASegmentOrVersionTheAppDoesNotHaveIs400AndNotStored() {
        String app = app();
        InputBuilder orphan = InputBuilder.valid();
        orphan.segmentId = "0123456789abcdef0123456789abcdef";
        var e = assertThrows(BadRequestException.class, () -> service().create(app, orphan.build()));
        assertTrue(e.getMessage().startsWith("SegmentId: segment 0123456789abcdef0123456789abcdef"), e.getMessage());
        InputBuilder pinned = InputBuilder.valid();
        pinned.segmentVersion = 2;
        assertThrows(BadRequestException.class, () -> service().create(app, pinned.build()));
        InputBuilder odd = InputBuilder.valid();
        odd.segmentId = "../x";
        assertThrows(BadRequestException.class, () -> service().create(app, odd.build()));
        assertEquals(0, store.list(app, 10, null).items().size());
        pinned.segmentVersion = 1;
        Campaign c = service().create(app, pinned.build());
        orphan.segmentId = "fedcba9876543210fedcba9876543210";
        assertThrows(BadRequestException.class, () -> service().update(app, c.id(), orphan.build()));
        assertEquals(1, store.current(app, c.id()).orElseThrow().version());
    }

    @Test
    void createStoresVersionOneAndNudgesOnlyScheduledCampaigns() {
        String app = app();
        Campaign c = service().create(app, InputBuilder.valid().build());
        assertEquals(1, c.version());
        assertEquals(List.of(c.id()), nudges);
        InputBuilder paused = InputBuilder.valid();
        paused.paused = true;
        assertEquals(CampaignState.PAUSED, service().create(app, paused.build()).state());
        assertEquals(1, nudges.size(), "a paused campaign is not due");
        assertEquals("arn:aws:mobiletargeting:us-east-1:000000000000:apps/" + app + "/campaigns/" + c.id(),
                service().arn(c));
    }

    @Test
    void aFailingNudgeDoesNotFailTheWrite() {
        nudger = (a, c) -> {
            throw new IllegalStateException("queue down");
        };
        String app = app();
        Campaign c = service().create(app, InputBuilder.valid().build());
        assertTrue(store.current(app, c.id()).isPresent());
    }

    @Test
    void updateKeepsTheFirstVersionsTagsAndRefusesALostRace() {
        String app = app();
        WriteCampaignInput tagged = new WriteCampaignInput("n", null, InputBuilder.SEGMENT, null,
                new WriteCampaignInput.ScheduleInput("IMMEDIATE", null, "ONCE", null, null, false, false), null,
                new WriteCampaignInput.EmailMessageInput("Hello", "<p>Hi</p>", null, null, List.of()), null, null,
                null, null, null, 0, false, false, null, null, Map.of("team", "growth"));
        Campaign c = service().create(app, tagged);
        Campaign v2 = service().update(app, c.id(), InputBuilder.valid().build());
        assertEquals(2, v2.version());
        assertEquals(Map.of("team", "growth"), v2.definition().tags());

        // Another writer stores version 3 between this update's read and its write.
        Campaign v3 = ((CampaignVersions.Update.Written) CampaignVersions.update(v2, v2.definition(), T0)).next();
        store.putVersion(v3);
        CampaignService stale = new CampaignService(apps, new StaleStore(store, v2), segments, new InMemoryActivityStore(),
                CampaignNudges.NONE, clock, () -> "x", "us-east-1", "0");
        assertThrows(ConflictException.class, () -> stale.update(app, c.id(), InputBuilder.valid().build()));
        assertEquals(3, store.current(app, c.id()).orElseThrow().version(), "the other writer's version stands");
    }

    @Test
    void unknownAppsCampaignsAndBadInputAreRefused() {
        String app = app();
        assertThrows(NotFoundException.class, () -> service().create("b".repeat(32), InputBuilder.valid().build()));
        assertThrows(NotFoundException.class, () -> service().get(app, "c".repeat(32)));
        assertThrows(NotFoundException.class, () -> service().delete(app, "not-an-id"));
        InputBuilder noSegment = InputBuilder.valid();
        noSegment.segmentId = null;
        BadRequestException e = assertThrows(BadRequestException.class, () -> service().create(app, noSegment.build()));
        assertTrue(e.getMessage().contains("SegmentId"), e.getMessage());
        assertThrows(BadRequestException.class, () -> service().create(app, null));
        assertThrows(BadRequestException.class, () -> service().activities(app,
                service().create(app, InputBuilder.valid().build()).id(), 10, "x"));
    }

    /** A store whose reads lag one version behind its writes, as a racing reader sees it. */
    private record StaleStore(InMemoryCampaignStore delegate, Campaign stale) implements CampaignStore {
        public boolean putVersion(Campaign campaign) {
            return delegate.putVersion(campaign);
        }

        public java.util.Optional<Campaign> current(String a, String c) {
            return java.util.Optional.of(stale);
        }

        public java.util.Optional<Campaign> version(String a, String c, int v) {
            return delegate.version(a, c, v);
        }

        public List<Campaign> versions(String a, String c) {
            return delegate.versions(a, c);
        }

        public dev.tern.model.common.Page<Campaign> list(String a, int l, String t) {
            return delegate.list(a, l, t);
        }

        public dev.tern.model.common.Page<Campaign> versions(String a, String c, int l, String t) {
            return delegate.versions(a, c, l, t);
        }

        public java.util.Optional<Campaign> delete(String a, String c) {
            return delegate.delete(a, c);
        }

        public List<Campaign> inState(CampaignState s) {
            return delegate.inState(s);
        }

        public boolean changeState(String a, String c, int v, CampaignState e, CampaignState n) {
            return delegate.changeState(a, c, v, e, n);
        }
    }
}
