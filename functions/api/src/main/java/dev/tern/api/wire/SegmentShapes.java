package dev.tern.api.wire;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.tern.model.endpoint.Violation;
import dev.tern.model.endpoint.WireValues;
import dev.tern.model.segment.AttributeDimension;
import dev.tern.model.segment.AttributeType;
import dev.tern.model.segment.ComparisonOperator;
import dev.tern.model.segment.DimensionType;
import dev.tern.model.segment.GpsCoordinates;
import dev.tern.model.segment.GpsPointDimension;
import dev.tern.model.segment.MatchMode;
import dev.tern.model.segment.MetricDimension;
import dev.tern.model.segment.RecencyDimension;
import dev.tern.model.segment.RecencyDuration;
import dev.tern.model.segment.RecencyType;
import dev.tern.model.segment.SegmentBehaviors;
import dev.tern.model.segment.SegmentDefinition;
import dev.tern.model.segment.SegmentDemographics;
import dev.tern.model.segment.SegmentDimensions;
import dev.tern.model.segment.SegmentGroup;
import dev.tern.model.segment.SegmentGroupList;
import dev.tern.model.segment.SegmentLocation;
import dev.tern.model.segment.SegmentReference;
import dev.tern.model.segment.SetDimension;
import dev.tern.wire.PinpointJson;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The segment definition shapes of the model ({@code SegmentDimensions}, {@code SegmentGroupList} and
 * their parts), member for member. Enum members are read as strings and converted with {@link
 * WireValues#enumValue}, so an unknown value is reported with its full path ({@code
 * SegmentGroups.Groups[0].Dimensions[1].Demographic.Channel.DimensionType}) together with every other
 * violation of the request, instead of the first one Jackson trips on. Members the model marks required
 * and that the domain records hold as primitives are checked here; the rest is {@code SegmentValidator}'s.
 */
public final class SegmentShapes {

  private SegmentShapes() {}

  /** Model shape {@code SegmentDimensions}. */
  @PinpointJson
  public record Dimensions(
      Map<String, Attribute> attributes,
      Behavior behavior,
      Demographics demographic,
      Location location,
      Map<String, Metric> metrics,
      Map<String, Attribute> userAttributes) {

    SegmentDimensions toDomain(String path, List<Violation> violations) {
      return new SegmentDimensions(
          map(attributes, path + ".Attributes", Attribute::toDomain, violations),
          behavior == null ? null : behavior.toDomain(path + ".Behavior", violations),
          demographic == null ? null : demographic.toDomain(path + ".Demographic", violations),
          location == null ? null : location.toDomain(path + ".Location", violations),
          map(metrics, path + ".Metrics", Metric::toDomain, violations),
          map(userAttributes, path + ".UserAttributes", Attribute::toDomain, violations));
    }

    static Dimensions of(SegmentDimensions d) {
      return new Dimensions(
          emptyToNull(d.attributes(), Attribute::of),
          d.behavior() == null ? null : Behavior.of(d.behavior()),
          d.demographic() == null ? null : Demographics.of(d.demographic()),
          d.location() == null ? null : Location.of(d.location()),
          emptyToNull(d.metrics(), Metric::of),
          emptyToNull(d.userAttributes(), Attribute::of));
    }
  }

  /** Model shape {@code SetDimension}. */
  @PinpointJson
  public record SetDim(String dimensionType, List<String> values) {

    SetDimension toDomain(String path, List<Violation> violations) {
      return new SetDimension(
          WireValues.enumValue(DimensionType.class, dimensionType, path + ".DimensionType", violations), values);
    }

    static SetDim of(SetDimension s) {
      return s == null ? null : new SetDim(s.dimensionType().name(), s.values());
    }
  }

  /** Model shape {@code SegmentDemographics}. */
  @PinpointJson
  public record Demographics(SetDim appVersion, SetDim channel, SetDim deviceType, SetDim make, SetDim model, SetDim platform) {

    SegmentDemographics toDomain(String path, List<Violation> v) {
      return new SegmentDemographics(set(appVersion, path + ".AppVersion", v), set(channel, path + ".Channel", v),
          set(deviceType, path + ".DeviceType", v), set(make, path + ".Make", v), set(model, path + ".Model", v),
          set(platform, path + ".Platform", v));
    }

    static Demographics of(SegmentDemographics d) {
      return new Demographics(SetDim.of(d.appVersion()), SetDim.of(d.channel()), SetDim.of(d.deviceType()), SetDim.of(d.make()),
          SetDim.of(d.model()), SetDim.of(d.platform()));
    }
  }

  /** Model shape {@code SegmentLocation}; {@code GPSPoint} keeps the model's capitals. */
  @PinpointJson
  public record Location(SetDim country, @JsonProperty("GPSPoint") GpsPoint gpsPoint) {

    SegmentLocation toDomain(String path, List<Violation> v) {
      return new SegmentLocation(set(country, path + ".Country", v),
          gpsPoint == null ? null : gpsPoint.toDomain(path + ".GPSPoint", v));
    }

    static Location of(SegmentLocation l) {
      return new Location(SetDim.of(l.country()), l.gpsPoint() == null ? null : GpsPoint.of(l.gpsPoint()));
    }
  }

  /** Model shape {@code GPSPointDimension}. */
  @PinpointJson
  public record GpsPoint(Coordinates coordinates, Double rangeInKilometers) {

    GpsPointDimension toDomain(String path, List<Violation> v) {
      return new GpsPointDimension(coordinates == null ? null : coordinates.toDomain(path + ".Coordinates", v),
          rangeInKilometers);
    }

    static GpsPoint of(GpsPointDimension g) {
      GpsCoordinates c = g.coordinates();
      return new GpsPoint(c == null ? null : new Coordinates(c.latitude(), c.longitude()), g.rangeInKilometers());
    }
  }

  /** Model shape {@code GPSCoordinates}; both members required. */
  @PinpointJson
  public record Coordinates(Double latitude, Double longitude) {

    GpsCoordinates toDomain(String path, List<Violation> v) {
      return new GpsCoordinates(required(latitude, path + ".Latitude", v), required(longitude, path + ".Longitude", v));
    }
  }

  /** Model shape {@code AttributeDimension}. */
  @PinpointJson
  public record Attribute(String attributeType, List<String> values) {

    AttributeDimension toDomain(String path, List<Violation> violations) {
      return new AttributeDimension(
          WireValues.enumValue(AttributeType.class, attributeType, path + ".AttributeType", violations), values);
    }

    static Attribute of(AttributeDimension a) {
      return new Attribute(a.attributeType().name(), a.values());
    }
  }

  /** Model shape {@code MetricDimension}; both members required. */
  @PinpointJson
  public record Metric(String comparisonOperator, Double value) {

    MetricDimension toDomain(String path, List<Violation> violations) {
      return new MetricDimension(
          WireValues.enumValue(ComparisonOperator.class, comparisonOperator, path + ".ComparisonOperator", violations),
          required(value, path + ".Value", violations));
    }

    static Metric of(MetricDimension m) {
      return new Metric(m.comparisonOperator().name(), m.value());
    }
  }

  /** Model shape {@code SegmentBehaviors}. */
  @PinpointJson
  public record Behavior(Recency recency) {

    SegmentBehaviors toDomain(String path, List<Violation> v) {
      return new SegmentBehaviors(recency == null ? null : recency.toDomain(path + ".Recency", v));
    }

    static Behavior of(SegmentBehaviors b) {
      return new Behavior(b.recency() == null ? null
          : new Recency(b.recency().duration().name(), b.recency().recencyType().name()));
    }
  }

  /** Model shape {@code RecencyDimension}. */
  @PinpointJson
  public record Recency(String duration, String recencyType) {

    RecencyDimension toDomain(String path, List<Violation> v) {
      return new RecencyDimension(WireValues.enumValue(RecencyDuration.class, duration, path + ".Duration", v),
          WireValues.enumValue(RecencyType.class, recencyType, path + ".RecencyType", v));
    }
  }

  /** Model shape {@code SegmentGroupList}. */
  @PinpointJson
  public record GroupList(List<Group> groups, String include) {

    SegmentGroupList toDomain(String path, List<Violation> v) {
      return new SegmentGroupList(list(groups, path + ".Groups", Group::toDomain, v),
          WireValues.enumValue(MatchMode.class, include, path + ".Include", v));
    }

    static GroupList of(SegmentGroupList g) {
      return new GroupList(g.groups().stream().map(Group::of).toList(), g.include().name());
    }
  }

  /** Model shape {@code SegmentGroup}. */
  @PinpointJson
  public record Group(List<Dimensions> dimensions, List<Reference> sourceSegments, String sourceType, String type) {

    SegmentGroup toDomain(String path, List<Violation> v) {
      return new SegmentGroup(
          list(dimensions, path + ".Dimensions", Dimensions::toDomain, v),
          list(sourceSegments, path + ".SourceSegments", (r, p, vs) -> new SegmentReference(r.id(), r.version()), v),
          WireValues.enumValue(MatchMode.class, sourceType, path + ".SourceType", v),
          WireValues.enumValue(MatchMode.class, type, path + ".Type", v));
    }

    static Group of(SegmentGroup g) {
      return new Group(g.dimensions().stream().map(Dimensions::of).toList(),
          g.sourceSegments().stream().map(r -> new Reference(r.id(), r.version())).toList(),
          g.sourceType().name(), g.type().name());
    }
  }

  /** Model shape {@code SegmentReference}. */
  @PinpointJson
  public record Reference(String id, Integer version) {}

  /** The definition a WriteSegmentRequest carries (null if neither member), violations collected. */
  static SegmentDefinition definition(Dimensions dimensions, GroupList groups, List<Violation> violations) {
    return SegmentDefinition.from(
        dimensions == null ? null : dimensions.toDomain("Dimensions", violations),
        groups == null ? null : groups.toDomain("SegmentGroups", violations),
        violations);
  }

  // ---------------------------------------------------------------- helpers

  /** A conversion of one wire element at a path. */
  @FunctionalInterface
  interface Convert<W, D> {
    D apply(W wire, String path, List<Violation> violations);
  }

  private static SetDimension set(SetDim set, String path, List<Violation> violations) {
    return set == null ? null : set.toDomain(path, violations);
  }

  private static double required(Double value, String path, List<Violation> violations) {
    if (value == null) {
      violations.add(new Violation(path, "is required"));
      return 0;
    }
    return value;
  }

  /** Converts a map of dimensions; a null entry (JSON {@code "x": null}) is a violation. */
  private static <W, D> Map<String, D> map(Map<String, W> wire, String path, Convert<W, D> convert, List<Violation> v) {
    Map<String, D> out = new LinkedHashMap<>();
    if (wire != null) {
      wire.forEach((name, value) -> {
        if (name.isEmpty()) {
          v.add(new Violation(path, "an attribute or metric name cannot be empty"));
        } else if (value == null) {
          v.add(new Violation(path + "." + name, "a dimension object is required"));
        } else {
          out.put(name, convert.apply(value, path + "." + name, v));
        }
      });
    }
    return out;
  }

  /** Converts a list; a null element is a violation. */
  private static <W, D> List<D> list(List<W> wire, String path, Convert<W, D> convert, List<Violation> v) {
    List<D> out = new ArrayList<>();
    if (wire != null) {
      for (int i = 0; i < wire.size(); i++) {
        if (wire.get(i) == null) {
          v.add(new Violation(path + "[" + i + "]", "an object is required"));
        } else {
          out.add(convert.apply(wire.get(i), path + "[" + i + "]", v));
        }
      }
    }
    return out;
  }

  private static <D, W> Map<String, W> emptyToNull(Map<String, D> domain, Function<D, W> convert) {
    if (domain.isEmpty()) {
      return null;
    }
    Map<String, W> out = new LinkedHashMap<>();
    domain.forEach((k, d) -> out.put(k, convert.apply(d)));
    return out;
  }
}
