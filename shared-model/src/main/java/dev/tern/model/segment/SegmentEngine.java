package dev.tern.model.segment;

import dev.tern.model.endpoint.Endpoint;
import dev.tern.model.endpoint.WireValues;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Decides whether an endpoint is in a dynamic segment. A pure function of its inputs — definition,
 * endpoint, last activity and the caller's {@code now} — so recalculation, event-triggered campaigns and
 * tests all get the same answer, and scenario tests pin time instead of sleeping.
 *
 * <p>Definitions are expected to have passed {@link SegmentValidator}; a malformed one never throws
 * here, its broken criterion simply matches no endpoint (or every one, for EXCLUSIVE).
 *
 * <p>Pinpoint's docs leave much open; the readings Tern uses (model member docs quoted where they exist):
 *
 * <ul>
 *   <li><b>Comparisons are exact and case sensitive</b> for set values, attribute values and CONTAINS
 *       ("Attribute names are case sensitive"; the docs never promise case folding for values).
 *   <li><b>A missing value never matches</b>: an endpoint without the field, attribute or metric fails
 *       INCLUSIVE, CONTAINS, the date types, metrics and GPSPoint, and therefore passes EXCLUSIVE
 *       ("endpoints that match the criteria are excluded" — an absent value matches nothing).
 *   <li><b>Multi-valued attributes match if any value matches</b> (INCLUSIVE, CONTAINS, dates); EXCLUSIVE
 *       holds only when no value is in the set.
 *   <li><b>CONTAINS is a substring test</b>: "endpoints that have attributes' substrings match the values".
 *   <li><b>BEFORE/AFTER are strict, BETWEEN is inclusive of both ends, ON compares UTC calendar dates</b>
 *       ("Time is ignored in this comparison"); endpoint values that are not ISO-8601 dates are skipped.
 *   <li><b>Channel</b> tests the endpoint's ChannelType; <b>DeviceType</b> has no endpoint field in the
 *       model, so it is always missing (INCLUSIVE never matches, EXCLUSIVE always does).
 *   <li><b>Recency</b>: ACTIVE when {@code lastActivity} is within the window ending at {@code now}
 *       (boundary included); INACTIVE otherwise, including when there was never any activity.
 *   <li><b>GPSPoint</b>: haversine distance from the endpoint's coordinates ≤ RangeInKilometers.
 *   <li>All criteria of one SegmentDimensions are AND-ed; an empty one matches every endpoint. A group
 *       list without groups matches every endpoint.
 * </ul>
 */
public final class SegmentEngine {

  private final SourceSegments sourceSegments;

  /** An engine that resolves base segments through {@code sourceSegments}. */
  public SegmentEngine(SourceSegments sourceSegments) {
    this.sourceSegments = Objects.requireNonNull(sourceSegments, "sourceSegments");
  }

  /** An engine for definitions without base segments. */
  public static SegmentEngine withoutSourceSegments() {
    return new SegmentEngine(SourceSegments.NONE);
  }

  /**
   * Whether {@code endpoint} is in the segment defined by {@code definition} at {@code now}, given the
   * endpoint's last activity (null if never active; callers typically pass its EffectiveDate).
   */
  public boolean matches(SegmentDefinition definition, Endpoint endpoint, Instant lastActivity, Instant now) {
    Objects.requireNonNull(now, "now");
    return definition.accept(new SegmentDefinition.Cases<>() {
      @Override
      public Boolean dimensional(SegmentDefinition.Dimensional d) {
        return matches(d.dimensions(), endpoint, lastActivity, now);
      }

      @Override
      public Boolean grouped(SegmentDefinition.Grouped g) {
        List<SegmentGroup> groups = g.groups().groups();
        return groups.isEmpty()
            || g.groups().include().combine(groups, group -> matches(group, endpoint, lastActivity, now));
      }
    });
  }

  /** Whether {@code endpoint} passes every criterion of {@code dimensions}. */
  public boolean matches(SegmentDimensions dimensions, Endpoint endpoint, Instant lastActivity, Instant now) {
    CriterionCheck check = new CriterionCheck(endpoint, lastActivity, now);
    return dimensions.criteria().stream().allMatch(criterion -> criterion.accept(check));
  }

  private boolean matches(SegmentGroup group, Endpoint endpoint, Instant lastActivity, Instant now) {
    boolean inBase = group.sourceSegments().isEmpty()
        || group.sourceType().combine(group.sourceSegments(), ref -> sourceSegments.contains(ref, endpoint));
    if (!inBase) {
      return false;
    }
    return group.dimensions().isEmpty()
        || group.type().combine(group.dimensions(), dims -> matches(dims, endpoint, lastActivity, now));
  }

  /** The per-criterion rules; one method per {@link Criterion} kind. */
  private static final class CriterionCheck implements Criterion.Cases<Boolean> {
    private final Endpoint endpoint;
    private final Instant lastActivity;
    private final Instant now;

    CriterionCheck(Endpoint endpoint, Instant lastActivity, Instant now) {
      this.endpoint = endpoint;
      this.lastActivity = lastActivity;
      this.now = now;
    }

    @Override
    public Boolean demographic(Criterion.Demographic c) {
      String value = switch (c.demographicField()) {
        case APP_VERSION -> endpoint.demographic().appVersion();
        case CHANNEL -> endpoint.channelType() == null ? null : endpoint.channelType().name();
        case DEVICE_TYPE -> null;
        case MAKE -> endpoint.demographic().make();
        case MODEL -> endpoint.demographic().model();
        case PLATFORM -> endpoint.demographic().platform();
      };
      return inSet(c.set(), value);
    }

    @Override
    public Boolean country(Criterion.Country c) {
      return inSet(c.set(), endpoint.location().country());
    }

    @Override
    public Boolean gpsPoint(Criterion.GpsPoint c) {
      if (!endpoint.location().hasCoordinates() || c.point().coordinates() == null
          || c.point().rangeInKilometers() == null) {
        return false;
      }
      double distance = c.point().coordinates()
          .distanceKm(endpoint.location().latitude(), endpoint.location().longitude());
      return distance <= c.point().rangeInKilometers();
    }

    @Override
    public Boolean attribute(Criterion.Attribute c) {
      Map<String, List<String>> source = switch (c.scope()) {
        case ENDPOINT -> endpoint.attributes();
        case USER -> endpoint.user().userAttributes();
      };
      List<String> actual = source.getOrDefault(c.name(), List.of());
      List<String> wanted = c.dimension().values() == null ? List.of() : c.dimension().values();
      return switch (c.dimension().attributeType()) {
        case INCLUSIVE -> actual.stream().anyMatch(wanted::contains);
        case EXCLUSIVE -> actual.stream().noneMatch(wanted::contains);
        case CONTAINS -> actual.stream().anyMatch(v -> wanted.stream().anyMatch(v::contains));
        case BEFORE -> anyDate(actual, d -> firstDate(wanted).map(d::isBefore).orElse(false));
        case AFTER -> anyDate(actual, d -> firstDate(wanted).map(d::isAfter).orElse(false));
        case ON -> anyDate(actual, d -> firstDate(wanted).map(w -> utcDate(w).equals(utcDate(d))).orElse(false));
        case BETWEEN -> anyDate(actual, d -> between(d, wanted));
      };
    }

    @Override
    public Boolean metric(Criterion.Metric c) {
      Double actual = endpoint.metrics().get(c.name());
      ComparisonOperator operator = c.dimension().comparisonOperator();
      return actual != null && operator != null && operator.test(actual, c.dimension().value());
    }

    @Override
    public Boolean recency(Criterion.Recency c) {
      if (c.dimension().duration() == null || c.dimension().recencyType() == null) {
        return false;
      }
      boolean active = lastActivity != null
          && !lastActivity.isBefore(now.minus(c.dimension().duration().window()));
      return switch (c.dimension().recencyType()) {
        case ACTIVE -> active;
        case INACTIVE -> !active;
      };
    }

    private static boolean inSet(SetDimension set, String value) {
      boolean member = value != null && set.values() != null && set.values().contains(value);
      return switch (set.dimensionType()) {
        case INCLUSIVE -> member;
        case EXCLUSIVE -> !member;
      };
    }

    private static boolean anyDate(List<String> values, Predicate<Instant> test) {
      return values.stream().map(WireValues::parseInstant).flatMap(Optional::stream).anyMatch(test);
    }

    private static Optional<Instant> firstDate(List<String> wanted) {
      return wanted.isEmpty() ? Optional.empty() : WireValues.parseInstant(wanted.get(0));
    }

    private static boolean between(Instant value, List<String> wanted) {
      if (wanted.size() < 2) {
        return false;
      }
      Optional<Instant> start = WireValues.parseInstant(wanted.get(0));
      Optional<Instant> end = WireValues.parseInstant(wanted.get(1));
      return start.isPresent() && end.isPresent()
          && !value.isBefore(start.get()) && !value.isAfter(end.get());
    }

    private static LocalDate utcDate(Instant instant) {
      return LocalDate.ofInstant(instant, ZoneOffset.UTC);
    }
  }
}
