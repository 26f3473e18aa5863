package dev.tern.model.segment;

/**
 * The operators of a {@link MetricDimension}. A free string in the model; the valid values are listed in
 * the member doc: GREATER_THAN, LESS_THAN, GREATER_THAN_OR_EQUAL, LESS_THAN_OR_EQUAL, EQUAL.
 */
public enum ComparisonOperator {
  GREATER_THAN,
  LESS_THAN,
  GREATER_THAN_OR_EQUAL,
  LESS_THAN_OR_EQUAL,
  EQUAL;

  /** Whether {@code actual <operator> expected} holds. */
  public boolean test(double actual, double expected) {
    return switch (this) {
      case GREATER_THAN -> actual > expected;
      case LESS_THAN -> actual < expected;
      case GREATER_THAN_OR_EQUAL -> actual >= expected;
      case LESS_THAN_OR_EQUAL -> actual <= expected;
      case EQUAL -> actual == expected;
    };
  }
}
