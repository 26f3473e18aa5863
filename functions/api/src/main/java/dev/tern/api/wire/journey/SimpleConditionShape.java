package dev.tern.api.wire.journey;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.tern.model.journey.Condition;
import dev.tern.model.journey.Condition.EventCondition;
import dev.tern.model.journey.Condition.SegmentCondition;
import dev.tern.model.journey.OpaqueDimensions;
import dev.tern.wire.PinpointJson;

/**
 * Model shape {@code SimpleCondition}. Its SegmentDimensions member is serialised as
 * {@code segmentDimensions} (the model's locationName), the one lower-case member besides {@code tags}.
 */
@PinpointJson
public record SimpleConditionShape(
    EventCondition eventCondition,
    SegmentCondition segmentCondition,
    @JsonProperty("segmentDimensions") OpaqueDimensions segmentDimensions) {

  /** The domain condition; a null element stays null for the validator. */
  static Condition.SimpleCondition toSimple(SimpleConditionShape shape) {
    return shape == null ? null
        : new Condition.SimpleCondition(shape.eventCondition(), shape.segmentCondition(), shape.segmentDimensions());
  }

  static SimpleConditionShape of(Condition.SimpleCondition condition) {
    return condition == null ? null : new SimpleConditionShape(
        condition.eventCondition(), condition.segmentCondition(), condition.segmentDimensions());
  }
}
