package dev.tern.model.segment;

import dev.tern.model.endpoint.Endpoint;

/** One row of a scenario table: a readable name, the dimensions, the endpoint, the expected verdict. */
record Scenario(String name, SegmentDimensions dimensions, Endpoint endpoint, boolean matches) {

  @Override
  public String toString() {
    return name + " -> " + (matches ? "in" : "out");
  }

  /** Dimensions with only Demographic set. */
  static SegmentDimensions demographic(SegmentDemographics demographics) {
    return new SegmentDimensions(null, null, demographics, null, null, null);
  }

  /** Dimensions with only Location set. */
  static SegmentDimensions location(SetDimension country, GpsPointDimension gps) {
    return new SegmentDimensions(null, null, null, new SegmentLocation(country, gps), null, null);
  }

  /** Dimensions with one endpoint attribute criterion. */
  static SegmentDimensions attribute(String name, AttributeDimension dimension) {
    return new SegmentDimensions(java.util.Map.of(name, dimension), null, null, null, null, null);
  }

  /** Dimensions with one user attribute criterion. */
  static SegmentDimensions userAttribute(String name, AttributeDimension dimension) {
    return new SegmentDimensions(null, null, null, null, null, java.util.Map.of(name, dimension));
  }

  /** Dimensions with one metric criterion. */
  static SegmentDimensions metric(String name, ComparisonOperator operator, double value) {
    return new SegmentDimensions(null, null, null, null,
        java.util.Map.of(name, new MetricDimension(operator, value)), null);
  }

  /** Dimensions with only Behavior.Recency. */
  static SegmentDimensions recency(RecencyDuration duration, RecencyType type) {
    return new SegmentDimensions(null, new SegmentBehaviors(new RecencyDimension(duration, type)), null, null,
        null, null);
  }
}
