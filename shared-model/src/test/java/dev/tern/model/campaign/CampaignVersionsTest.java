package dev.tern.model.campaign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CampaignVersionsTest {

    static final Instant T0 = Instant.parse("2026-11-26T12:00:00Z");
    static final Instant T1 = T0.plusSeconds(60);

    static CampaignDefinition definition(boolean paused, String subject) {
        return new CampaignDefinition("c", null, "seg1", null, new Schedule.Once(new StartTime.Immediate(), null),
                new EmailContent.Inline(subject, "<p>x</p>", null, null, List.of()), null, paused, null, null,
                Map.of());
    }

    @Test
    void newCampaignIsVersionOneScheduledOrPaused() {
        Campaign c = CampaignVersions.create("app", "c1", definition(false, "a"), T0);
        assertEquals(1, c.version());
        assertEquals(CampaignState.SCHEDULED, c.state());
        assertEquals(T0, c.creationDate());
        assertEquals(CampaignState.PAUSED,
                CampaignVersions.create("app", "c1", definition(true, "a"), T0).state());
    }

    @Test
    void updateWritesTheNextVersionKeepingCreationDate() {
        Campaign v1 = CampaignVersions.create("app", "c1", definition(false, "a"), T0);
        Campaign v2 = assertInstanceOf(CampaignVersions.Update.Written.class,
                CampaignVersions.update(v1, definition(false, "b"), T1)).next();
        assertEquals(2, v2.version());
        assertEquals(T0, v2.creationDate());
        assertEquals(T1, v2.lastModifiedDate());
        assertEquals("b", ((EmailContent.Inline) v2.definition().email()).title());
    }

    @Test
    void updateWithIsPausedFalseResumesAPausedCampaign() {
        Campaign v1 = CampaignVersions.create("app", "c1", definition(true, "a"), T0);
        Campaign v2 = assertInstanceOf(CampaignVersions.Update.Written.class,
                CampaignVersions.update(v1, definition(false, "a"), T1)).next();
        assertEquals(CampaignState.SCHEDULED, v2.state());
    }

    @Test
    void updateOfACompletedOrExecutingCampaignIsRefused() {
        Campaign v1 = CampaignVersions.create("app", "c1", definition(false, "a"), T0);
        for (CampaignState s : List.of(CampaignState.EXECUTING, CampaignState.COMPLETED, CampaignState.DELETED)) {
            assertInstanceOf(CampaignVersions.Update.Refused.class,
                    CampaignVersions.update(v1.withState(s), definition(false, "b"), T1), s.name());
        }
    }

    @Test
    void storeAcceptsOnlyTheNextVersionNumber() {
        CampaignStore store = new InMemoryCampaignStore();
        Campaign v1 = CampaignVersions.create("app", "c1", definition(false, "a"), T0);
        assertTrue(store.putVersion(v1));
        assertFalse(store.putVersion(v1), "version 1 twice");
        Campaign v2 = ((CampaignVersions.Update.Written) CampaignVersions.update(v1, definition(false, "b"), T1)).next();
        Campaign racingV2 = ((CampaignVersions.Update.Written) CampaignVersions.update(v1, definition(false, "c"), T1))
                .next();
        assertTrue(store.putVersion(v2));
        assertFalse(store.putVersion(racingV2), "a concurrent update of the same base loses");
        assertEquals(List.of(2, 1), store.versions("app", "c1").stream().map(Campaign::version).toList());
        assertEquals("a", ((EmailContent.Inline) store.version("app", "c1", 1).orElseThrow().definition().email())
                .title());
    }

    @Test
    void stateChangesOnlyFromTheExpectedVersionAndState() {
        CampaignStore store = new InMemoryCampaignStore();
        store.putVersion(CampaignVersions.create("app", "c1", definition(false, "a"), T0));
        assertFalse(store.changeState("app", "c1", 1, CampaignState.PAUSED, CampaignState.EXECUTING));
        assertFalse(store.changeState("app", "c1", 2, CampaignState.SCHEDULED, CampaignState.EXECUTING));
        assertTrue(store.changeState("app", "c1", 1, CampaignState.SCHEDULED, CampaignState.EXECUTING));
        assertFalse(store.changeState("app", "c1", 1, CampaignState.SCHEDULED, CampaignState.EXECUTING));
        assertEquals(CampaignState.EXECUTING, store.current("app", "c1").orElseThrow().state());
        assertEquals(List.of(), store.inState(CampaignState.SCHEDULED));
    }
}
