package dev.tern.model.app;

/**
 * Messages per endpoint within a window (model shape {@code JourneyTimeframeCap}); 0 = no limit.
 *
 * @param cap messages, 0..100
 * @param days window length in days, 0..30
 */
public record JourneyTimeframeCap(Integer cap, Integer days) {}
