package dev.tern.model.journey;

/** Pinpoint's {@code JourneyChannelSettings}: the Amazon Connect campaign of contact-center activities. */
public record JourneyChannelSettings(String connectCampaignArn, String connectCampaignExecutionRoleArn) {}
