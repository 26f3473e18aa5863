package dev.tern.model.segment;

import static dev.tern.model.segment.AttributeDimension.of;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.tern.model.endpoint.Violation;
import dev.tern.model.endpoint.WireValues;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SegmentValidatorTest {

  private static SegmentDefinition dims(SegmentDimensions dimensions) {
    return new SegmentDefinition.Dimensional(dimensions);
  }

  private static SegmentDefinition attr(AttributeType type, String... values) {
    return dims(Scenario.attribute("signup", new AttributeDimension(type, values == null ? null : Arrays.asList(values))));
  }

  private static SegmentDefinition gps(GpsCoordinates at, Double km) {
    return dims(Scenario.location(null, new GpsPointDimension(at, km)));
  }

  private static SegmentDefinition channels(String... values) {
    return dims(Scenario.demographic(new SegmentDemographics(null, SetDimension.inclusive(values), null, null, null, null)));
  }

  static Stream<Arguments> cases() {
    GpsCoordinates paris = new GpsCoordinates(48.85, 2.35);
    return Stream.of(
        Arguments.of("INCLUSIVE with values is valid", attr(AttributeType.INCLUSIVE, "a", "b"), List.of()),
        Arguments.of("Values missing", attr(AttributeType.INCLUSIVE, (String[]) null), List.of("Dimensions.Attributes.signup.Values")),
        Arguments.of("Values empty", attr(AttributeType.CONTAINS), List.of("Dimensions.Attributes.signup.Values")),
        Arguments.of("null value", attr(AttributeType.INCLUSIVE, "a", null), List.of("Dimensions.Attributes.signup.Values[1]")),
        Arguments.of("BEFORE with one date is valid", attr(AttributeType.BEFORE, "2024-05-01T00:00:00Z"), List.of()),
        Arguments.of("AFTER with two dates", attr(AttributeType.AFTER, "2024-05-01T00:00:00Z", "2024-06-01T00:00:00Z"),
            List.of("Dimensions.Attributes.signup.Values")),
        Arguments.of("ON with a non-date", attr(AttributeType.ON, "tomorrow"), List.of("Dimensions.Attributes.signup.Values[0]")),
        Arguments.of("BETWEEN with two dates is valid", attr(AttributeType.BETWEEN, "2024-05-01", "2024-06-01T00:00:00Z"), List.of()),
        Arguments.of("BETWEEN with one date", attr(AttributeType.BETWEEN, "2024-05-01T00:00:00Z"),
            List.of("Dimensions.Attributes.signup.Values")),
        Arguments.of("BETWEEN with three dates", attr(AttributeType.BETWEEN, "2024-01-01", "2024-02-01", "2024-03-01"),
            List.of("Dimensions.Attributes.signup.Values")),
        Arguments.of("BETWEEN with a non-date end", attr(AttributeType.BETWEEN, "2024-05-01", "later"),
            List.of("Dimensions.Attributes.signup.Values[1]")),
        Arguments.of("BETWEEN end before start", attr(AttributeType.BETWEEN, "2024-06-01", "2024-05-01"),
            List.of("Dimensions.Attributes.signup.Values")),
        Arguments.of("user attribute path", dims(Scenario.userAttribute("plan", of(AttributeType.ON))),
            List.of("Dimensions.UserAttributes.plan.Values")),
        Arguments.of("known channels are valid", channels("EMAIL", "APNS_VOIP_SANDBOX"), List.of()),
        Arguments.of("unknown channel", channels("EMAIL", "FAX"), List.of("Dimensions.Demographic.Channel.Values[1]")),
        Arguments.of("empty set dimension",
            dims(Scenario.location(new SetDimension(DimensionType.EXCLUSIVE, List.of()), null)),
            List.of("Dimensions.Location.Country.Values")),
        Arguments.of("metric without operator",
            dims(new SegmentDimensions(null, null, null, null, Map.of("score", new MetricDimension(null, 1)), null)),
            List.of("Dimensions.Metrics.score.ComparisonOperator")),
        Arguments.of("metric with infinite value",
            dims(Scenario.metric("score", ComparisonOperator.EQUAL, Double.POSITIVE_INFINITY)),
            List.of("Dimensions.Metrics.score.Value")),
        Arguments.of("recency without duration and type", dims(Scenario.recency(null, null)),
            List.of("Dimensions.Behavior.Recency.Duration", "Dimensions.Behavior.Recency.RecencyType")),
        Arguments.of("GPS point is valid", gps(paris, 10.0), List.of()),
        Arguments.of("GPS without range", gps(paris, null), List.of("Dimensions.Location.GPSPoint.RangeInKilometers")),
        Arguments.of("GPS with zero range", gps(paris, 0.0), List.of("Dimensions.Location.GPSPoint.RangeInKilometers")),
        Arguments.of("GPS without coordinates", gps(null, 5.0), List.of("Dimensions.Location.GPSPoint.Coordinates")),
        Arguments.of("GPS latitude 90.1", gps(new GpsCoordinates(90.1, 0), 5.0),
            List.of("Dimensions.Location.GPSPoint.Coordinates.Latitude")),
        Arguments.of("GPS longitude -180.5", gps(new GpsCoordinates(0, -180.5), 5.0),
            List.of("Dimensions.Location.GPSPoint.Coordinates.Longitude")),
        Arguments.of("group paths name group and dimension index",
            new SegmentDefinition.Grouped(new SegmentGroupList(List.of(
                new SegmentGroup(List.of(SegmentDimensions.NONE, Scenario.attribute("signup", of(AttributeType.BETWEEN, "2024-01-01"))),
                    List.of(new SegmentReference(" ", 0)), MatchMode.ANY, MatchMode.ALL)), MatchMode.ALL)),
            List.of("SegmentGroups.Groups[0].SourceSegments[0].Id", "SegmentGroups.Groups[0].SourceSegments[0].Version",
                "SegmentGroups.Groups[0].Dimensions[1].Attributes.signup.Values")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void validates(String name, SegmentDefinition definition, List<String> rejectedFields) {
    assertEquals(rejectedFields, SegmentValidator.validate(definition).stream().map(Violation::field).toList());
  }

  private static SegmentDimensions metrics(int count) {
    Map<String, MetricDimension> metrics = new LinkedHashMap<>();
    for (int i = 0; i < count; i++) {
      metrics.put("m" + i, new MetricDimension(ComparisonOperator.GREATER_THAN, i));
    }
    return new SegmentDimensions(null, null, null, null, metrics, null);
  }

  @ParameterizedTest(name = "{0} dimensions -> rejected {1}")
  @MethodSource("dimensionCounts")
  void limitsDimensionsPerSegment(int count, boolean rejected) {
    List<Violation> violations = SegmentValidator.validate(dims(metrics(count)));
    assertEquals(rejected ? List.of("Dimensions") : List.of(), violations.stream().map(Violation::field).toList());
  }

  static Stream<Arguments> dimensionCounts() {
    return Stream.of(Arguments.of(100, false), Arguments.of(101, true));
  }

  @Test
  void countsDimensionsAcrossGroups() {
    SegmentGroup sixty = new SegmentGroup(List.of(metrics(60)), null, null, null);
    SegmentDefinition definition =
        new SegmentDefinition.Grouped(new SegmentGroupList(List.of(sixty, sixty), MatchMode.ANY));
    assertEquals(List.of("SegmentGroups"), SegmentValidator.validate(definition).stream().map(Violation::field).toList());
  }

  static Stream<Arguments> unknownEnums() {
    return Stream.of(
        Arguments.of(AttributeType.class, "STARTS_WITH", "Dimensions.Attributes.a.AttributeType"),
        Arguments.of(DimensionType.class, "inclusive", "Dimensions.Demographic.Platform.DimensionType"),
        Arguments.of(RecencyDuration.class, "DAY_90", "Dimensions.Behavior.Recency.Duration"),
        Arguments.of(MatchMode.class, "SOME", "SegmentGroups.Include"),
        Arguments.of(ComparisonOperator.class, "NOT_EQUAL", "Dimensions.Metrics.m.ComparisonOperator"));
  }

  @ParameterizedTest(name = "unknown {0} value {1} is rejected at {2}")
  @MethodSource("unknownEnums")
  <E extends Enum<E>> void rejectsUnknownEnumValues(Class<E> type, String raw, String field) {
    List<Violation> violations = new ArrayList<>();
    assertNull(WireValues.enumValue(type, raw, field, violations));
    assertEquals(List.of(field), violations.stream().map(Violation::field).toList());
  }

  @Test
  void dimensionsAndSegmentGroupsAreExclusive() {
    List<Violation> violations = new ArrayList<>();
    assertNull(SegmentDefinition.from(SegmentDimensions.NONE, new SegmentGroupList(null, null), violations));
    assertEquals(List.of("SegmentGroups"), violations.stream().map(Violation::field).toList());
  }

  @Test
  void readsEitherMember() {
    List<Violation> violations = new ArrayList<>();
    assertEquals(new SegmentDefinition.Dimensional(SegmentDimensions.NONE),
        SegmentDefinition.from(SegmentDimensions.NONE, null, violations));
    assertEquals(new SegmentDefinition.Grouped(new SegmentGroupList(null, null)),
        SegmentDefinition.from(null, new SegmentGroupList(null, null), violations));
    assertNull(SegmentDefinition.from(null, null, violations));
    assertEquals(List.of(), violations);
  }
}
