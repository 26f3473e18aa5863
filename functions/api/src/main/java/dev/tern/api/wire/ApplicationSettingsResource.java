package dev.tern.api.wire;

import dev.tern.model.app.AppSettings;
import dev.tern.model.app.CampaignHook;
import dev.tern.model.app.CampaignLimits;
import dev.tern.model.app.JourneyLimits;
import dev.tern.model.app.QuietTime;
import dev.tern.model.common.Timestamps;
import dev.tern.wire.PinpointJson;

/**
 * Body of Get/UpdateApplicationSettings answers (model shape {@code ApplicationSettingsResource}).
 * CloudWatchMetricsEnabled and EventTaggingEnabled are not members of this shape, so never echoed.
 */
@PinpointJson
public record ApplicationSettingsResource(
    String applicationId,
    CampaignHook campaignHook,
    String lastModifiedDate,
    CampaignLimits limits,
    QuietTime quietTime,
    JourneyLimits journeyLimits) {

  /** The wire form of {@code settings} of app {@code applicationId}. */
  public static ApplicationSettingsResource of(String applicationId, AppSettings settings) {
    return new ApplicationSettingsResource(
        applicationId,
        settings.campaignHook(),
        Timestamps.format(settings.lastModifiedDate()),
        settings.limits(),
        settings.quietTime(),
        settings.journeyLimits());
  }
}
