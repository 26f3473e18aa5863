package dev.tern.model.segment;

import static dev.tern.model.segment.ComparisonOperator.EQUAL;
import static dev.tern.model.segment.ComparisonOperator.GREATER_THAN;
import static dev.tern.model.segment.ComparisonOperator.GREATER_THAN_OR_EQUAL;
import static dev.tern.model.segment.ComparisonOperator.LESS_THAN;
import static dev.tern.model.segment.ComparisonOperator.LESS_THAN_OR_EQUAL;
import static dev.tern.model.segment.Ep.NOW;
import static dev.tern.model.segment.Scenario.metric;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Metrics with every ComparisonOperator at, below and above the value. */
class MetricDimensionTest {

  private static final SegmentEngine ENGINE = SegmentEngine.withoutSourceSegments();

  static Stream<Scenario> scenarios() {
    var five = Ep.of("five").metric("visits", 5.0).build();
    var bare = Ep.bare();
    return Stream.of(
        new Scenario("5 > 4", metric("visits", GREATER_THAN, 4), five, true),
        new Scenario("5 > 5", metric("visits", GREATER_THAN, 5), five, false),
        new Scenario("5 < 6", metric("visits", LESS_THAN, 6), five, true),
        new Scenario("5 < 5", metric("visits", LESS_THAN, 5), five, false),
        new Scenario("5 >= 5", metric("visits", GREATER_THAN_OR_EQUAL, 5), five, true),
        new Scenario("5 >= 5.5", metric("visits", GREATER_THAN_OR_EQUAL, 5.5), five, false),
        new Scenario("5 <= 5", metric("visits", LESS_THAN_OR_EQUAL, 5), five, true),
        new Scenario("5 <= 4.9", metric("visits", LESS_THAN_OR_EQUAL, 4.9), five, false),
        new Scenario("5 == 5", metric("visits", EQUAL, 5), five, true),
        new Scenario("5 == 5.0001", metric("visits", EQUAL, 5.0001), five, false),
        new Scenario("missing metric never matches, even < ", metric("visits", LESS_THAN, 100), bare, false),
        new Scenario("metric names are exact", metric("Visits", GREATER_THAN, 0), five, false));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scenarios")
  void metricDimensions(Scenario s) {
    assertEquals(s.matches(), ENGINE.matches(new SegmentDefinition.Dimensional(s.dimensions()), s.endpoint(), NOW, NOW));
  }
}
