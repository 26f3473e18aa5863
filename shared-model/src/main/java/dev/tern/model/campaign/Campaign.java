package dev.tern.model.campaign;

import java.time.Instant;

/**
 * One version of a campaign: its definition plus the identity, version number, dates and state Pinpoint
 * reports in {@code CampaignResponse}. Every UpdateCampaign makes a new immutable version
 * ({@link CampaignVersions}); {@code GetCampaignVersion(s)} read them back.
 */
public record Campaign(
        String applicationId,
        String id,
        int version,
        CampaignDefinition definition,
        CampaignState state,
        Instant creationDate,
        Instant lastModifiedDate) {

    public Campaign {
        if (applicationId == null || id == null || definition == null || state == null
                || creationDate == null || lastModifiedDate == null) {
            throw new IllegalArgumentException("applicationId, id, definition, state and dates are required");
        }
        if (version < 1) {
            throw new IllegalArgumentException("version starts at 1");
        }
    }

    /** This version with other tags (same version number: tagging is not an update). */
    public Campaign withTags(java.util.Map<String, String> tags) {
        return new Campaign(applicationId, id, version, definition.withTags(tags), state, creationDate,
                lastModifiedDate);
    }

    /** This version with another state (same version number: a state change is not an update). */
    public Campaign withState(CampaignState next) {
        return new Campaign(applicationId, id, version, definition, next, creationDate, lastModifiedDate);
    }
}
