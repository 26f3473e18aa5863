package dev.tern.model.journey;

import dev.tern.model.journey.Condition.SegmentCondition;

/**
 * Pinpoint's {@code StartCondition}: who enters the journey — the members of a segment, or endpoints
 * that report a matching event (optionally only members of a segment).
 */
public record StartCondition(
    String description, EventStartCondition eventStartCondition, SegmentCondition segmentStartCondition) {

  /** Pinpoint's {@code EventStartCondition}. */
  public record EventStartCondition(EventFilter eventFilter, String segmentId) {}

  /**
   * Pinpoint's {@code EventFilter}; both members are required by the model.
   *
   * @param dimensions the event dimensions to match
   * @param filterType SYSTEM or ENDPOINT events
   */
  public record EventFilter(OpaqueDimensions dimensions, FilterType filterType) {}

  /** Pinpoint's {@code FilterType} enum. */
  public enum FilterType { SYSTEM, ENDPOINT }
}
