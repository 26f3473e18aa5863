package dev.tern.model.campaign;

import java.util.Map;

/**
 * What a valid WriteCampaignRequest says, once checked: the part of a campaign a user writes. Produced only
 * by {@link CampaignValidator}, so holders can rely on its invariants (segment present, schedule executable).
 */
public record CampaignDefinition(
        String name,
        String description,
        String segmentId,
        Integer segmentVersion,
        Schedule schedule,
        EmailContent email,
        CampaignLimits limits,
        boolean paused,
        String treatmentName,
        String treatmentDescription,
        Map<String, String> tags) {

    public CampaignDefinition {
        if (segmentId == null || schedule == null || email == null) {
            throw new IllegalArgumentException("segmentId, schedule and email are required");
        }
        limits = limits == null ? CampaignLimits.none() : limits;
        tags = tags == null ? Map.of() : Map.copyOf(tags);
    }

    /** This definition with other tags (kept across updates; replaced by TagResource and UntagResource). */
    public CampaignDefinition withTags(Map<String, String> newTags) {
        return new CampaignDefinition(name, description, segmentId, segmentVersion, schedule, email, limits, paused,
                treatmentName, treatmentDescription, newTags);
    }
}
