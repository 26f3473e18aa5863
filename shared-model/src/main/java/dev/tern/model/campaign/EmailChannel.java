package dev.tern.model.campaign;

/**
 * The app's email channel as sending needs it: {@code EmailChannelResponse {FromAddress, ConfigurationSet,
 * Enabled}} (pinpoint-api.md §4.12). Its FromAddress is the default when the campaign names none (model doc
 * of CampaignEmailMessage.FromAddress).
 */
public record EmailChannel(String fromAddress, String configurationSet, boolean enabled) {
}
