package dev.tern.model.segment;

import java.time.Duration;

/**
 * Pinpoint's {@code Duration} enum (HR_24, DAY_7, DAY_14, DAY_30) with the window each one means. Named
 * RecencyDuration so it does not shadow {@link java.time.Duration}; the constants are the wire values.
 */
public enum RecencyDuration {
  HR_24(Duration.ofHours(24)),
  DAY_7(Duration.ofDays(7)),
  DAY_14(Duration.ofDays(14)),
  DAY_30(Duration.ofDays(30));

  private final Duration window;

  RecencyDuration(Duration window) {
    this.window = window;
  }

  /** The length of the look-back window. */
  public Duration window() {
    return window;
  }
}
