package dev.tern.aws;

import dev.tern.model.common.Timestamps;
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
import dev.tern.model.segment.Segment;
import dev.tern.model.segment.SegmentBehaviors;
import dev.tern.model.segment.SegmentDefinition;
import dev.tern.model.segment.SegmentDemographics;
import dev.tern.model.segment.SegmentDimensions;
import dev.tern.model.segment.SegmentGroup;
import dev.tern.model.segment.SegmentGroupList;
import dev.tern.model.segment.SegmentLocation;
import dev.tern.model.segment.SegmentReference;
import dev.tern.model.segment.SetDimension;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Maps segment versions to DynamoDB items and back. Attribute names are Pinpoint's member names
 * ({@code Dimensions}, {@code SegmentGroups}, {@code Values}, …), so an item read in the console looks
 * like the API's JSON; absent members are absent attributes. Values are lists (L), not string sets:
 * sets cannot be empty and lose order and duplicates, which the API echoes back.
 */
final class SegmentItems {

  static final String APP = "ApplicationId";
  static final String KEY = "SegmentKey";
  static final String ID = "Id";
  static final String VERSION = "Version";
  static final String DIMENSIONS = "Dimensions";
  static final String GROUPS = "SegmentGroups";

  private SegmentItems() {}

  /** Sort key of a segment's head item: its latest version. */
  static String headKey(String segmentId) {
    return "S#" + segmentId;
  }

  /** Sort-key prefix of a segment's version items. */
  static String versionPrefix(String segmentId) {
    return "V#" + segmentId + "#";
  }

  /** Sort key of one version; zero-padded so the key order is the version order. */
  static String versionKey(String segmentId, int version) {
    return versionPrefix(segmentId) + String.format("%010d", version);
  }

  static Map<String, AttributeValue> key(String applicationId, String sortKey) {
    return Map.of(APP, s(applicationId), KEY, s(sortKey));
  }

  static Map<String, AttributeValue> toItem(Segment segment, String sortKey) {
    Map<String, AttributeValue> item = new HashMap<>();
    item.put(APP, s(segment.applicationId()));
    item.put(KEY, s(sortKey));
    item.put(ID, s(segment.id()));
    item.put("Arn", s(segment.arn()));
    putS(item, "Name", segment.name());
    item.put(VERSION, n(segment.version()));
    item.put("CreationDate", s(Timestamps.format(segment.creationDate())));
    item.put("LastModifiedDate", s(Timestamps.format(segment.lastModifiedDate())));
    item.put(TagAttributes.TAGS, TagAttributes.toAttribute(segment.tags()));
    if (segment.definition() instanceof SegmentDefinition.Dimensional d) {
      item.put(DIMENSIONS, dimensions(d.dimensions()));
    } else if (segment.definition() instanceof SegmentDefinition.Grouped g) {
      item.put(GROUPS, groups(g.groups()));
    }
    return item;
  }

  static Segment toSegment(Map<String, AttributeValue> item) {
    SegmentDefinition definition = item.containsKey(GROUPS)
        ? new SegmentDefinition.Grouped(groups(item.get(GROUPS).m()))
        : new SegmentDefinition.Dimensional(dimensions(item.get(DIMENSIONS).m()));
    return new Segment(
        item.get(APP).s(),
        item.get(ID).s(),
        item.get("Arn").s(),
        str(item, "Name"),
        definition,
        Integer.parseInt(item.get(VERSION).n()),
        Timestamps.parse(item.get("CreationDate").s()),
        Timestamps.parse(item.get("LastModifiedDate").s()),
        TagAttributes.fromItem(item));
  }

  // ---------------------------------------------------------------- definition → attribute values

  static AttributeValue dimensions(SegmentDimensions d) {
    Map<String, AttributeValue> m = new HashMap<>();
    putMap(m, "Attributes", d.attributes(), SegmentItems::attribute);
    putMap(m, "UserAttributes", d.userAttributes(), SegmentItems::attribute);
    putMap(m, "Metrics", d.metrics(), metric -> AttributeValue.fromM(Map.of(
        "ComparisonOperator", s(metric.comparisonOperator().name()),
        "Value", AttributeValue.fromN(Double.toString(metric.value())))));
    if (d.behavior() != null && d.behavior().recency() != null) {
      RecencyDimension r = d.behavior().recency();
      m.put("Behavior", AttributeValue.fromM(Map.of("Recency", AttributeValue.fromM(Map.of(
          "Duration", s(r.duration().name()), "RecencyType", s(r.recencyType().name()))))));
    }
    if (d.demographic() != null) {
      SegmentDemographics g = d.demographic();
      Map<String, AttributeValue> demo = new HashMap<>();
      putSet(demo, "AppVersion", g.appVersion());
      putSet(demo, "Channel", g.channel());
      putSet(demo, "DeviceType", g.deviceType());
      putSet(demo, "Make", g.make());
      putSet(demo, "Model", g.model());
      putSet(demo, "Platform", g.platform());
      m.put("Demographic", AttributeValue.fromM(demo));
    }
    if (d.location() != null) {
      Map<String, AttributeValue> loc = new HashMap<>();
      putSet(loc, "Country", d.location().country());
      GpsPointDimension gps = d.location().gpsPoint();
      if (gps != null) {
        Map<String, AttributeValue> point = new HashMap<>();
        point.put("Coordinates", AttributeValue.fromM(Map.of(
            "Latitude", AttributeValue.fromN(Double.toString(gps.coordinates().latitude())),
            "Longitude", AttributeValue.fromN(Double.toString(gps.coordinates().longitude())))));
        if (gps.rangeInKilometers() != null) {
          point.put("RangeInKilometers", AttributeValue.fromN(gps.rangeInKilometers().toString()));
        }
        loc.put("GPSPoint", AttributeValue.fromM(point));
      }
      m.put("Location", AttributeValue.fromM(loc));
    }
    return AttributeValue.fromM(m);
  }

  static AttributeValue groups(SegmentGroupList list) {
    List<AttributeValue> groups = new ArrayList<>();
    for (SegmentGroup group : list.groups()) {
      List<AttributeValue> sources = new ArrayList<>();
      for (SegmentReference ref : group.sourceSegments()) {
        Map<String, AttributeValue> r = new HashMap<>();
        r.put("Id", s(ref.id()));
        if (ref.version() != null) {
          r.put("Version", n(ref.version()));
        }
        sources.add(AttributeValue.fromM(r));
      }
      groups.add(AttributeValue.fromM(Map.of(
          "Dimensions", AttributeValue.fromL(group.dimensions().stream().map(SegmentItems::dimensions).toList()),
          "SourceSegments", AttributeValue.fromL(sources),
          "SourceType", s(group.sourceType().name()),
          "Type", s(group.type().name()))));
    }
    return AttributeValue.fromM(Map.of("Groups", AttributeValue.fromL(groups), "Include", s(list.include().name())));
  }

  private static AttributeValue attribute(AttributeDimension a) {
    return AttributeValue.fromM(Map.of("AttributeType", s(a.attributeType().name()), "Values", strings(a.values())));
  }

  private static void putSet(Map<String, AttributeValue> m, String name, SetDimension set) {
    if (set != null) {
      m.put(name, AttributeValue.fromM(Map.of("DimensionType", s(set.dimensionType().name()), "Values", strings(set.values()))));
    }
  }

  private static <V> void putMap(Map<String, AttributeValue> m, String name, Map<String, V> values,
      Function<V, AttributeValue> each) {
    if (!values.isEmpty()) {
      Map<String, AttributeValue> out = new LinkedHashMap<>();
      values.forEach((k, v) -> out.put(k, each.apply(v)));
      m.put(name, AttributeValue.fromM(out));
    }
  }

  // ---------------------------------------------------------------- attribute values → definition

  static SegmentDimensions dimensions(Map<String, AttributeValue> m) {
    SegmentBehaviors behavior = null;
    if (m.containsKey("Behavior") && m.get("Behavior").m().containsKey("Recency")) {
      Map<String, AttributeValue> r = m.get("Behavior").m().get("Recency").m();
      behavior = new SegmentBehaviors(new RecencyDimension(
          RecencyDuration.valueOf(r.get("Duration").s()), RecencyType.valueOf(r.get("RecencyType").s())));
    }
    SegmentDemographics demographic = null;
    if (m.containsKey("Demographic")) {
      Map<String, AttributeValue> d = m.get("Demographic").m();
      demographic = new SegmentDemographics(set(d, "AppVersion"), set(d, "Channel"), set(d, "DeviceType"),
          set(d, "Make"), set(d, "Model"), set(d, "Platform"));
    }
    SegmentLocation location = null;
    if (m.containsKey("Location")) {
      Map<String, AttributeValue> l = m.get("Location").m();
      GpsPointDimension gps = null;
      if (l.containsKey("GPSPoint")) {
        Map<String, AttributeValue> p = l.get("GPSPoint").m();
        Map<String, AttributeValue> c = p.get("Coordinates").m();
        gps = new GpsPointDimension(
            new GpsCoordinates(Double.parseDouble(c.get("Latitude").n()), Double.parseDouble(c.get("Longitude").n())),
            p.containsKey("RangeInKilometers") ? Double.valueOf(p.get("RangeInKilometers").n()) : null);
      }
      location = new SegmentLocation(set(l, "Country"), gps);
    }
    return new SegmentDimensions(
        map(m, "Attributes", SegmentItems::attribute),
        behavior,
        demographic,
        location,
        map(m, "Metrics", v -> new MetricDimension(
            ComparisonOperator.valueOf(v.m().get("ComparisonOperator").s()), Double.parseDouble(v.m().get("Value").n()))),
        map(m, "UserAttributes", SegmentItems::attribute));
  }

  static SegmentGroupList groups(Map<String, AttributeValue> m) {
    List<SegmentGroup> groups = new ArrayList<>();
    for (AttributeValue g : m.get("Groups").l()) {
      Map<String, AttributeValue> group = g.m();
      List<SegmentReference> sources = group.get("SourceSegments").l().stream()
          .map(r -> new SegmentReference(r.m().get("Id").s(),
              r.m().containsKey("Version") ? Integer.valueOf(r.m().get("Version").n()) : null))
          .toList();
      groups.add(new SegmentGroup(
          group.get("Dimensions").l().stream().map(d -> dimensions(d.m())).toList(),
          sources,
          MatchMode.valueOf(group.get("SourceType").s()),
          MatchMode.valueOf(group.get("Type").s())));
    }
    return new SegmentGroupList(groups, MatchMode.valueOf(m.get("Include").s()));
  }

  private static AttributeDimension attribute(AttributeValue v) {
    return new AttributeDimension(AttributeType.valueOf(v.m().get("AttributeType").s()), strings(v.m().get("Values")));
  }

  private static SetDimension set(Map<String, AttributeValue> m, String name) {
    if (!m.containsKey(name)) {
      return null;
    }
    Map<String, AttributeValue> set = m.get(name).m();
    return new SetDimension(DimensionType.valueOf(set.get("DimensionType").s()), strings(set.get("Values")));
  }

  private static <V> Map<String, V> map(Map<String, AttributeValue> m, String name, Function<AttributeValue, V> each) {
    Map<String, V> out = new LinkedHashMap<>();
    if (m.containsKey(name)) {
      m.get(name).m().forEach((k, v) -> out.put(k, each.apply(v)));
    }
    return out;
  }

  // ---------------------------------------------------------------- scalars

  private static AttributeValue strings(List<String> values) {
    return AttributeValue.fromL(values.stream().map(AttributeValue::fromS).toList());
  }

  private static List<String> strings(AttributeValue list) {
    return list.l().stream().map(AttributeValue::s).toList();
  }

  static AttributeValue s(String value) {
    return AttributeValue.fromS(value);
  }

  static AttributeValue n(int value) {
    return AttributeValue.fromN(Integer.toString(value));
  }

  private static void putS(Map<String, AttributeValue> m, String name, String value) {
    if (value != null) {
      m.put(name, s(value));
    }
  }

  private static String str(Map<String, AttributeValue> m, String name) {
    return m.containsKey(name) ? m.get(name).s() : null;
  }
}
