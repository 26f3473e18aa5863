package dev.tern.model.campaign;

/**
 * The campaign state machine as one pure function, so every writer (API, scheduler, sender) agrees on it
 * and it can be tested as a table.
 *
 * <p>Readings (pinpoint-api.md §4.5, model docs): SCHEDULED → EXECUTING when a run starts; EXECUTING →
 * COMPLETED after the last run, → PENDING_NEXT_RUN when a recurring schedule has more; PAUSED via
 * UpdateCampaign's {@code IsPaused} (each update is a new version); DELETED when the segment is deleted; COMPLETED, DELETED and INVALID are final
 * [inference: the docs give no way out of them]. Tern's choices, marked as such:
 * <ul>
 *   <li>Updates are refused while EXECUTING: the new version would get a new run identity and could send
 *       the same audience a second time while the first run is still going.</li>
 *   <li>Updates to a COMPLETED campaign are refused for the same reason (an IMMEDIATE ONCE campaign would run
 *       again).</li>
 *   <li>Pausing while EXECUTING is therefore refused too: pausing an in-flight run needs the sender to check
 *       the campaign state per batch, which is not built yet.</li>
 *   <li>An update with IsPaused false on a PAUSED campaign resumes it: back to SCHEDULED; if the start time
 *       has passed, the next scheduler tick runs it.</li>
 * </ul>
 */
public final class CampaignTransitions {

    private CampaignTransitions() {
    }

    /** The state after {@code event} in {@code state}, or why the event is refused. */
    public static Transition apply(CampaignState state, CampaignEvent event) {
        if (state.isTerminal()) {
            return new Transition.Refused(state, event, state + " is final");
        }
        return switch (event) {
            case RUN_STARTED -> from(state, event, CampaignState.EXECUTING,
                    state == CampaignState.SCHEDULED || state == CampaignState.PENDING_NEXT_RUN);
            case LAST_RUN_FINISHED -> from(state, event, CampaignState.COMPLETED, state == CampaignState.EXECUTING);
            case RUN_FINISHED_MORE_DUE -> from(state, event, CampaignState.PENDING_NEXT_RUN,
                    state == CampaignState.EXECUTING);
            case UPDATED -> from(state, event, CampaignState.SCHEDULED, updatable(state));
            case UPDATED_PAUSED -> from(state, event, CampaignState.PAUSED, updatable(state));
            case SEGMENT_DELETED -> new Transition.Moved(state, CampaignState.DELETED);
            case MARK_INVALID -> new Transition.Moved(state, CampaignState.INVALID);
        };
    }

    private static boolean updatable(CampaignState state) {
        return state == CampaignState.SCHEDULED || state == CampaignState.PAUSED
                || state == CampaignState.PENDING_NEXT_RUN;
    }

    private static Transition from(CampaignState state, CampaignEvent event, CampaignState to, boolean allowed) {
        return allowed ? new Transition.Moved(state, to)
                : new Transition.Refused(state, event, event + " is not allowed while " + state);
    }
}
