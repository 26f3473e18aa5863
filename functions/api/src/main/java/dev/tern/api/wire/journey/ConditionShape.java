package dev.tern.api.wire.journey;

import dev.tern.model.journey.Condition;
import dev.tern.wire.PinpointJson;
import java.util.List;

/** Model shape {@code Condition} of a yes/no split. */
@PinpointJson
public record ConditionShape(List<SimpleConditionShape> conditions, Condition.Operator operator) {

  static Condition toCondition(ConditionShape shape) {
    if (shape == null) {
      return null;
    }
    return new Condition(shape.conditions() == null ? null
        : shape.conditions().stream().map(SimpleConditionShape::toSimple).toList(), shape.operator());
  }

  static ConditionShape of(Condition condition) {
    if (condition == null) {
      return null;
    }
    return new ConditionShape(condition.conditions() == null ? null
        : condition.conditions().stream().map(SimpleConditionShape::of).toList(), condition.operator());
  }
}
