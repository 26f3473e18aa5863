package dev.tern.model.journey;

import dev.tern.model.app.JourneyTimeframeCap;

/**
 * Pinpoint's journey-level {@code JourneyLimits} (not the app settings' default journey limits, which
 * are {@link dev.tern.model.app.JourneyLimits}). For the caps 0 means "no limit".
 *
 * @param dailyCap messages per participant per 24 hours, 0..100
 * @param endpointReentryCap times a participant may enter, 0..100 (0 = unlimited)
 * @param messagesPerSecond sending rate of the journey
 * @param endpointReentryInterval ISO-8601 duration before a participant may enter again, e.g. {@code PT1H}
 * @param timeframeCap messages per participant within a window of days
 * @param totalCap messages per participant from this journey, 0..100
 */
public record JourneyLimits(
    Integer dailyCap,
    Integer endpointReentryCap,
    Integer messagesPerSecond,
    String endpointReentryInterval,
    JourneyTimeframeCap timeframeCap,
    Integer totalCap) {}
