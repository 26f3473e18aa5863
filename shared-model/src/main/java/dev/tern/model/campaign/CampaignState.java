package dev.tern.model.campaign;

/**
 * A campaign's status, with exactly the values of Pinpoint's {@code CampaignStatus} enum (botocore model,
 * shape {@code CampaignStatus}); on the wire it is {@code CampaignResponse.State.CampaignStatus}.
 *
 * <p>Pinpoint's meanings (pinpoint-api.md §4.5): PENDING_NEXT_RUN is a recurring campaign between runs;
 * DELETED means the campaign's segment was deleted (model doc of {@code CampaignState}); "active" means
 * SCHEDULED, EXECUTING or PENDING_NEXT_RUN (the ≤200-active-campaigns quota counts these).
 */
public enum CampaignState {
    SCHEDULED,
    EXECUTING,
    PENDING_NEXT_RUN,
    COMPLETED,
    PAUSED,
    DELETED,
    INVALID;

    /** True for the states Pinpoint counts as active (SCHEDULED, EXECUTING, PENDING_NEXT_RUN). */
    public boolean isActive() {
        return this == SCHEDULED || this == EXECUTING || this == PENDING_NEXT_RUN;
    }

    /** True when no event can move the campaign out of this state any more. */
    public boolean isTerminal() {
        return this == COMPLETED || this == DELETED || this == INVALID;
    }
}
