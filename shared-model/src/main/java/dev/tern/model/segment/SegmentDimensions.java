package dev.tern.model.segment;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Pinpoint's {@code SegmentDimensions}, member for member, so the API edge maps JSON to it one to one.
 * Every member is optional. {@link #criteria()} flattens it into the closed {@link Criterion} list that
 * the engine and validator walk; all criteria of one SegmentDimensions must hold together (AND — the
 * console presents them as filters that all apply; pinpoint-api.md §4.4).
 */
public record SegmentDimensions(
    Map<String, AttributeDimension> attributes,
    SegmentBehaviors behavior,
    SegmentDemographics demographic,
    SegmentLocation location,
    Map<String, MetricDimension> metrics,
    Map<String, AttributeDimension> userAttributes) {

  /** Dimensions with no criteria: every endpoint matches. */
  public static final SegmentDimensions NONE = new SegmentDimensions(null, null, null, null, null, null);

  /** Copies the maps, keeping request order; null becomes empty. */
  public SegmentDimensions {
    attributes = copy(attributes);
    metrics = copy(metrics);
    userAttributes = copy(userAttributes);
  }

  /** Every criterion in wire order: Demographic, Location, Behavior, Attributes, UserAttributes, Metrics. */
  public List<Criterion> criteria() {
    List<Criterion> criteria = new ArrayList<>();
    if (demographic != null) {
      addSet(criteria, Criterion.DemographicField.APP_VERSION, demographic.appVersion());
      addSet(criteria, Criterion.DemographicField.CHANNEL, demographic.channel());
      addSet(criteria, Criterion.DemographicField.DEVICE_TYPE, demographic.deviceType());
      addSet(criteria, Criterion.DemographicField.MAKE, demographic.make());
      addSet(criteria, Criterion.DemographicField.MODEL, demographic.model());
      addSet(criteria, Criterion.DemographicField.PLATFORM, demographic.platform());
    }
    if (location != null && location.country() != null) {
      criteria.add(new Criterion.Country(location.country()));
    }
    if (location != null && location.gpsPoint() != null) {
      criteria.add(new Criterion.GpsPoint(location.gpsPoint()));
    }
    if (behavior != null && behavior.recency() != null) {
      criteria.add(new Criterion.Recency(behavior.recency()));
    }
    attributes.forEach((name, dimension) ->
        criteria.add(new Criterion.Attribute(Criterion.AttributeScope.ENDPOINT, name, dimension)));
    userAttributes.forEach((name, dimension) ->
        criteria.add(new Criterion.Attribute(Criterion.AttributeScope.USER, name, dimension)));
    metrics.forEach((name, dimension) -> criteria.add(new Criterion.Metric(name, dimension)));
    return criteria;
  }

  private static void addSet(List<Criterion> criteria, Criterion.DemographicField field, SetDimension set) {
    if (set != null) {
      criteria.add(new Criterion.Demographic(field, set));
    }
  }

  private static <V> Map<String, V> copy(Map<String, V> map) {
    return map == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(map));
  }
}
