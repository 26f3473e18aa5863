package dev.tern.model.campaign;

/**
 * Port: tells the scheduler that a campaign was written and may be due now, so an IMMEDIATE campaign starts
 * within seconds instead of at the next scheduled tick (SQS {@code CampaignNudgeQueue} in the adapter).
 * Best effort by design: the scheduler's periodic tick finds every due campaign anyway.
 */
public interface CampaignNudges {

    /** Nudges the scheduler about this campaign. */
    void nudge(String applicationId, String campaignId);

    /** No nudges: for callers that rely on the periodic tick alone. */
    CampaignNudges NONE = (applicationId, campaignId) -> { };
}
