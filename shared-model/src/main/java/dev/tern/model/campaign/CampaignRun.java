package dev.tern.model.campaign;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * One execution of one campaign version (Pinpoint's "activity": {@code ActivityResponse.Id}).
 *
 * <p>The run id is derived, never random: the first 32 hex digits of SHA-256 over campaign id, version,
 * treatment and scheduled start. So a scheduler that runs twice, or two schedulers racing, compute the same
 * id, and the store's conditional create lets only one of them start it (idempotency from business
 * identity, style.md §9). 32 lower-case hex digits is the shape of Pinpoint's generated ids
 * (pinpoint-api.md §1.11). The treatment is in the hash so A/B runs (one activity per treatment, §4.5) get
 * distinct ids later without changing the ids of default-treatment runs ("0").
 */
public record CampaignRun(
        String applicationId, String campaignId, int campaignVersion, String treatmentId, Instant scheduledStart,
        String runId) {

    /** Pinpoint's id of the default treatment. */
    public static final String DEFAULT_TREATMENT = "0";

    /** The run of this campaign version and treatment scheduled at {@code scheduledStart}. */
    public static CampaignRun of(Campaign campaign, String treatmentId, Instant scheduledStart) {
        return new CampaignRun(campaign.applicationId(), campaign.id(), campaign.version(), treatmentId,
                scheduledStart, runId(campaign.id(), campaign.version(), treatmentId, scheduledStart));
    }

    /** The deterministic run id for these coordinates. */
    public static String runId(String campaignId, int version, String treatmentId, Instant scheduledStart) {
        String key = campaignId + "\n" + version + "\n" + treatmentId + "\n" + scheduledStart;
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }
}
