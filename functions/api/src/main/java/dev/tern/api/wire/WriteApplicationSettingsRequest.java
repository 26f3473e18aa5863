package dev.tern.api.wire;

import dev.tern.model.app.AppSettingsUpdate;
import dev.tern.model.app.CampaignHook;
import dev.tern.model.app.CampaignLimits;
import dev.tern.model.app.JourneyLimits;
import dev.tern.model.app.QuietTime;
import dev.tern.wire.PinpointJson;

/**
 * Body of UpdateApplicationSettings (model shape {@code WriteApplicationSettingsRequest}). The nested
 * shapes are the domain records themselves: their components are the model's member names in
 * lowerCamelCase, which the mapper's UpperCamelCase naming turns into the wire names.
 */
@PinpointJson
public record WriteApplicationSettingsRequest(
    CampaignHook campaignHook,
    Boolean cloudWatchMetricsEnabled,
    Boolean eventTaggingEnabled,
    CampaignLimits limits,
    QuietTime quietTime,
    JourneyLimits journeyLimits) {

  /** The domain command. */
  public AppSettingsUpdate toUpdate() {
    return new AppSettingsUpdate(campaignHook, limits, quietTime, journeyLimits, cloudWatchMetricsEnabled, eventTaggingEnabled);
  }
}
