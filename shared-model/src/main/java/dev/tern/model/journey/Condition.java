package dev.tern.model.journey;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Pinpoint's {@code Condition} of a yes/no split: simple conditions joined by {@code Operator}.
 *
 * @param conditions the conditions, in request order
 * @param operator ALL (every condition) or ANY (at least one); null when absent
 */
public record Condition(List<SimpleCondition> conditions, Operator operator) {

  /** Copies the list; null stays null so the validator can report it missing. */
  public Condition {
    conditions = conditions == null ? null : Collections.unmodifiableList(new ArrayList<>(conditions));
  }

  /** Pinpoint's {@code Operator} enum. */
  public enum Operator { ALL, ANY }

  /**
   * Pinpoint's {@code SimpleCondition}: one of an event condition, a segment membership or segment
   * dimensions.
   */
  public record SimpleCondition(
      EventCondition eventCondition, SegmentCondition segmentCondition, OpaqueDimensions segmentDimensions) {}

  /**
   * Pinpoint's {@code EventCondition}.
   *
   * @param dimensions event dimensions the participant's events must match
   * @param messageActivity id of the message activity whose events count (e.g. opened, clicked)
   */
  public record EventCondition(OpaqueDimensions dimensions, String messageActivity) {}

  /** Pinpoint's {@code SegmentCondition}: membership of a segment. */
  public record SegmentCondition(String segmentId) {}
}
