package dev.tern.model.app;

/**
 * Default sending limits for an app's journeys (model shape {@code ApplicationSettingsJourneyLimits}).
 * For every cap 0 means "no limit".
 *
 * @param dailyCap messages per endpoint per day from all journeys, 0..100
 * @param timeframeCap messages per endpoint within a window of days
 * @param totalCap messages per endpoint from one journey, 0..100
 */
public record JourneyLimits(Integer dailyCap, JourneyTimeframeCap timeframeCap, Integer totalCap) {}
