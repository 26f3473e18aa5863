package dev.tern.model.app;

/**
 * Default sending limits for an app's campaigns (model shape {@code CampaignLimits}); null = not set.
 *
 * @param daily messages per endpoint per 24 h, 0..100
 * @param maximumDuration seconds a run may keep delivering after its start, at least 60
 * @param messagesPerSecond send rate, 1..20,000
 * @param total messages per endpoint over a campaign, 0..100
 * @param session messages per user session, at least 0 (the model documents no maximum)
 */
public record CampaignLimits(
    Integer daily, Integer maximumDuration, Integer messagesPerSecond, Integer total, Integer session) {

  /** Limits with no member set. */
  public static CampaignLimits empty() {
    return new CampaignLimits(null, null, null, null, null);
  }
}
