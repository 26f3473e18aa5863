package dev.tern.model.app;

/**
 * The UpdateApplicationSettings command (model shape {@code WriteApplicationSettingsRequest}); a
 * null member means "leave as is".
 */
public record AppSettingsUpdate(
    CampaignHook campaignHook,
    CampaignLimits limits,
    QuietTime quietTime,
    JourneyLimits journeyLimits,
    Boolean cloudWatchMetricsEnabled,
    Boolean eventTaggingEnabled) {}
