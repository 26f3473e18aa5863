package dev.tern.model.campaign;

import static dev.tern.model.campaign.CampaignEvent.*;
import static dev.tern.model.campaign.CampaignState.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CampaignTransitionsTest {

    /** The whole machine: every allowed (state, event) → next state; every pair not listed is refused. */
    static final Map<CampaignState, Map<CampaignEvent, CampaignState>> ALLOWED = new EnumMap<>(Map.of(
            SCHEDULED, Map.of(RUN_STARTED, EXECUTING, UPDATED, SCHEDULED, UPDATED_PAUSED, PAUSED,
                    SEGMENT_DELETED, DELETED, MARK_INVALID, INVALID),
            EXECUTING, Map.of(LAST_RUN_FINISHED, COMPLETED, RUN_FINISHED_MORE_DUE, PENDING_NEXT_RUN,
                    SEGMENT_DELETED, DELETED, MARK_INVALID, INVALID),
            PENDING_NEXT_RUN, Map.of(RUN_STARTED, EXECUTING, UPDATED, SCHEDULED, UPDATED_PAUSED, PAUSED,
                    SEGMENT_DELETED, DELETED, MARK_INVALID, INVALID),
            PAUSED, Map.of(UPDATED, SCHEDULED, UPDATED_PAUSED, PAUSED, SEGMENT_DELETED, DELETED,
                    MARK_INVALID, INVALID),
            COMPLETED, Map.of(),
            DELETED, Map.of(),
            INVALID, Map.of()));

    @Test
    void everyStateAndEventFollowsTheTable() {
        int checked = 0;
        for (CampaignState state : CampaignState.values()) {
            for (CampaignEvent event : CampaignEvent.values()) {
                Transition t = CampaignTransitions.apply(state, event);
                CampaignState expected = ALLOWED.get(state).get(event);
                if (expected == null) {
                    Transition.Refused r = assertInstanceOf(Transition.Refused.class, t, state + " + " + event);
                    assertEquals(state, r.from());
                } else {
                    assertEquals(new Transition.Moved(state, expected), t, state + " + " + event);
                }
                checked++;
            }
        }
        assertEquals(CampaignState.values().length * CampaignEvent.values().length, checked);
    }

    @Test
    void updateWhileExecutingIsRefusedWithAReason() {
        Transition.Refused r = assertInstanceOf(Transition.Refused.class,
                CampaignTransitions.apply(EXECUTING, UPDATED));
        assertEquals("UPDATED is not allowed while EXECUTING", r.reason());
    }

    @Test
    void finalStatesSayTheyAreFinal() {
        Transition.Refused r = assertInstanceOf(Transition.Refused.class,
                CampaignTransitions.apply(COMPLETED, UPDATED));
        assertEquals("COMPLETED is final", r.reason());
    }

    @Test
    void activeStatesAreThoseCountedAgainstTheQuota() {
        for (CampaignState s : CampaignState.values()) {
            assertEquals(s == SCHEDULED || s == EXECUTING || s == PENDING_NEXT_RUN, s.isActive(), s.name());
        }
    }
}
