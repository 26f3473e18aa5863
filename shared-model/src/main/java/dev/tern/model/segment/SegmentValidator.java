package dev.tern.model.segment;

import dev.tern.model.endpoint.ChannelType;
import dev.tern.model.endpoint.Violation;
import dev.tern.model.endpoint.WireValues;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Rejects segment definitions the engine could not evaluate meaningfully, naming the field from the
 * WriteSegmentRequest root ({@code SegmentGroups.Groups[0].Dimensions[1].Attributes.signup.Values}).
 * Returns every violation so a client can fix them in one round. Unknown enum values never get this far:
 * the edge reads them with {@link WireValues#enumValue}, which reports them the same way.
 *
 * <p>Rules and their sources: Values is required on SetDimension and AttributeDimension (model
 * {@code required}); BEFORE, AFTER and ON compare with one date, BETWEEN with two ("between the values"),
 * all ISO-8601 (WireValues' forms); MetricDimension needs ComparisonOperator (model required) and a
 * finite Value; RecencyDimension needs Duration and RecencyType (model required); GPSPoint needs
 * Coordinates (model required) and RangeInKilometers (CloudFormation marks it required), latitude in
 * [-90, 90], longitude in [-180, 180], range &gt; 0; Channel values must be ChannelType names; at most 100
 * dimensions per segment (quotas page; Tern counts criteria); base segment ids non-blank, versions ≥ 1.
 */
public final class SegmentValidator {

  /** Most dimensions (criteria) one segment may use, from Pinpoint's quotas page. */
  public static final int MAX_DIMENSIONS_PER_SEGMENT = 100;

  private SegmentValidator() {}

  /** Every violation in {@code definition}; empty means the engine can evaluate it. */
  public static List<Violation> validate(SegmentDefinition definition) {
    List<Violation> violations = new ArrayList<>();
    int criteria = definition.accept(new SegmentDefinition.Cases<Integer>() {
      @Override
      public Integer dimensional(SegmentDefinition.Dimensional d) {
        return check(d.dimensions(), "Dimensions", violations);
      }

      @Override
      public Integer grouped(SegmentDefinition.Grouped g) {
        int count = 0;
        List<SegmentGroup> groups = g.groups().groups();
        for (int i = 0; i < groups.size(); i++) {
          count += check(groups.get(i), "SegmentGroups.Groups[" + i + "]", violations);
        }
        return count;
      }
    });
    if (criteria > MAX_DIMENSIONS_PER_SEGMENT) {
      String field = definition instanceof SegmentDefinition.Dimensional ? "Dimensions" : "SegmentGroups";
      violations.add(new Violation(field, "a segment can have at most " + MAX_DIMENSIONS_PER_SEGMENT
          + " dimensions, got " + criteria));
    }
    return violations;
  }

  private static int check(SegmentGroup group, String path, List<Violation> violations) {
    for (int i = 0; i < group.sourceSegments().size(); i++) {
      SegmentReference ref = group.sourceSegments().get(i);
      String field = path + ".SourceSegments[" + i + "]";
      if (ref.id() == null || ref.id().isBlank()) {
        violations.add(new Violation(field + ".Id", "a base segment id is required"));
      }
      if (ref.version() != null && ref.version() < 1) {
        violations.add(new Violation(field + ".Version", "a segment version is 1 or more, got " + ref.version()));
      }
    }
    int count = 0;
    for (int i = 0; i < group.dimensions().size(); i++) {
      count += check(group.dimensions().get(i), path + ".Dimensions[" + i + "]", violations);
    }
    return count;
  }

  /** Checks one SegmentDimensions and returns how many criteria it holds. */
  private static int check(SegmentDimensions dimensions, String path, List<Violation> violations) {
    List<Criterion> criteria = dimensions.criteria();
    CriterionRules rules = new CriterionRules(violations);
    for (Criterion criterion : criteria) {
      rules.path = path + "." + criterion.field();
      criterion.accept(rules);
    }
    return criteria.size();
  }

  /** The per-criterion rules; one method per {@link Criterion} kind. */
  private static final class CriterionRules implements Criterion.Cases<Void> {
    private final List<Violation> violations;
    private String path;

    CriterionRules(List<Violation> violations) {
      this.violations = violations;
    }

    @Override
    public Void demographic(Criterion.Demographic c) {
      if (checkValues(c.set().values()) && c.demographicField() == Criterion.DemographicField.CHANNEL) {
        List<String> values = c.set().values();
        for (int i = 0; i < values.size(); i++) {
          WireValues.enumValue(ChannelType.class, values.get(i), path + ".Values[" + i + "]", violations);
        }
      }
      return null;
    }

    @Override
    public Void country(Criterion.Country c) {
      checkValues(c.set().values());
      return null;
    }

    @Override
    public Void gpsPoint(Criterion.GpsPoint c) {
      GpsCoordinates at = c.point().coordinates();
      if (at == null) {
        reject(path + ".Coordinates", "Coordinates is required");
      } else {
        if (!(at.latitude() >= -90 && at.latitude() <= 90)) {
          reject(path + ".Coordinates.Latitude", "latitude must be between -90 and 90, got " + at.latitude());
        }
        if (!(at.longitude() >= -180 && at.longitude() <= 180)) {
          reject(path + ".Coordinates.Longitude",
              "longitude must be between -180 and 180, got " + at.longitude());
        }
      }
      Double range = c.point().rangeInKilometers();
      if (range == null) {
        reject(path + ".RangeInKilometers", "RangeInKilometers is required");
      } else if (!(range > 0) || range.isInfinite()) {
        reject(path + ".RangeInKilometers", "the range must be a positive number of kilometers, got " + range);
      }
      return null;
    }

    @Override
    public Void attribute(Criterion.Attribute c) {
      List<String> values = c.dimension().values();
      if (!checkValues(values)) {
        return null;
      }
      AttributeType type = c.dimension().attributeType();
      int expected = switch (type) {
        case BEFORE, AFTER, ON -> 1;
        case BETWEEN -> 2;
        case INCLUSIVE, EXCLUSIVE, CONTAINS -> -1;
      };
      if (expected < 0) {
        return null;
      }
      if (values.size() != expected) {
        reject(path + ".Values", type + " needs exactly " + expected + (expected == 1 ? " date" : " dates (start, end)")
            + ", got " + values.size());
        return null;
      }
      List<Instant> dates = new ArrayList<>();
      for (int i = 0; i < values.size(); i++) {
        Optional<Instant> date = WireValues.parseInstant(values.get(i));
        if (date.isEmpty()) {
          reject(path + ".Values[" + i + "]", "'" + values.get(i) + "' is not an ISO-8601 date-time");
        }
        date.ifPresent(dates::add);
      }
      if (type == AttributeType.BETWEEN && dates.size() == 2 && dates.get(0).isAfter(dates.get(1))) {
        reject(path + ".Values", "BETWEEN needs the start date first, got " + values.get(0) + " after " + values.get(1));
      }
      return null;
    }

    @Override
    public Void metric(Criterion.Metric c) {
      if (c.dimension().comparisonOperator() == null) {
        reject(path + ".ComparisonOperator", "ComparisonOperator is required");
      }
      if (!Double.isFinite(c.dimension().value())) {
        reject(path + ".Value", "the metric value must be a finite number, got " + c.dimension().value());
      }
      return null;
    }

    @Override
    public Void recency(Criterion.Recency c) {
      if (c.dimension().duration() == null) {
        reject(path + ".Duration", "Duration is required");
      }
      if (c.dimension().recencyType() == null) {
        reject(path + ".RecencyType", "RecencyType is required");
      }
      return null;
    }

    /** Values must be present, non-empty and without nulls; reports and returns false otherwise. */
    private boolean checkValues(List<String> values) {
      if (values == null || values.isEmpty()) {
        reject(path + ".Values", "Values is required and needs at least one value");
        return false;
      }
      for (int i = 0; i < values.size(); i++) {
        if (values.get(i) == null) {
          reject(path + ".Values[" + i + "]", "a value cannot be null");
          return false;
        }
      }
      return true;
    }

    private void reject(String field, String reason) {
      violations.add(new Violation(field, reason));
    }
  }
}
