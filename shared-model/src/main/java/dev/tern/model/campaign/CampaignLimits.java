package dev.tern.model.campaign;

/**
 * {@code CampaignLimits} as written (null = not set, the app default applies). Ranges are checked by
 * {@link CampaignValidator}. Today only {@code MaximumDuration} is enforced at send time (see
 * {@link SendPolicies#withinMaximumDuration}); Daily/Total need per-endpoint history across campaigns and
 * runs, MessagesPerSecond belongs to the dispatcher — both are recorded, not yet enforced.
 */
public record CampaignLimits(
        Integer daily, Integer maximumDuration, Integer messagesPerSecond, Integer total, Integer session) {

    /** No limits set. */
    public static CampaignLimits none() {
        return new CampaignLimits(null, null, null, null, null);
    }
}
