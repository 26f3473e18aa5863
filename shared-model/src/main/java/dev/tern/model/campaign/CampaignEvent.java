package dev.tern.model.campaign;

/** Something that happens to a campaign and may change its {@link CampaignState}. */
public enum CampaignEvent {
    /** The scheduler started a due run. */
    RUN_STARTED,
    /** A run finished and no further run is due (always the case for ONCE). */
    LAST_RUN_FINISHED,
    /** A run finished and the schedule has more runs (recurring; not produced yet). */
    RUN_FINISHED_MORE_DUE,
    /**
     * UpdateCampaign writing a new version with {@code IsPaused} false (also how a paused campaign resumes:
     * Pinpoint pauses and resumes only through UpdateCampaign's {@code IsPaused}, model doc).
     */
    UPDATED,
    /** UpdateCampaign writing a new version with {@code IsPaused: true}. */
    UPDATED_PAUSED,
    /** The campaign's segment was deleted (model: the campaign "fails and has a status of DELETED"). */
    SEGMENT_DELETED,
    /** The campaign can never run (e.g. its template or channel vanished) — Pinpoint's INVALID. */
    MARK_INVALID
}
