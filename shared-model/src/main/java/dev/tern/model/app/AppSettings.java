package dev.tern.model.app;

import java.time.Instant;

/**
 * An app's default settings (model shapes {@code WriteApplicationSettingsRequest} /
 * {@code ApplicationSettingsResource}). {@code cloudWatchMetricsEnabled} and
 * {@code eventTaggingEnabled} are write-only in the API: stored, never returned by it.
 */
public record AppSettings(
    CampaignHook campaignHook,
    CampaignLimits limits,
    QuietTime quietTime,
    JourneyLimits journeyLimits,
    Boolean cloudWatchMetricsEnabled,
    Boolean eventTaggingEnabled,
    Instant lastModifiedDate) {

  /**
   * What Pinpoint returns for an app whose settings were never written: empty hook, limits and quiet
   * time, no journey limits, last modified when the app was created.
   */
  public static AppSettings defaults(Instant appCreated) {
    return new AppSettings(
        CampaignHook.empty(), CampaignLimits.empty(), QuietTime.empty(), null, null, null, appCreated);
  }

  /**
   * These settings with every member present in {@code update} replacing the stored one. Members the
   * update omits keep their value, so a client can change its limits without resending its hook.
   */
  public AppSettings merge(AppSettingsUpdate update, Instant now) {
    return new AppSettings(
        orElse(update.campaignHook(), campaignHook),
        orElse(update.limits(), limits),
        orElse(update.quietTime(), quietTime),
        orElse(update.journeyLimits(), journeyLimits),
        orElse(update.cloudWatchMetricsEnabled(), cloudWatchMetricsEnabled),
        orElse(update.eventTaggingEnabled(), eventTaggingEnabled),
        now);
  }

  private static <T> T orElse(T value, T fallback) {
    return value != null ? value : fallback;
  }
}
