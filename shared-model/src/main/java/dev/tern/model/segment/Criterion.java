package dev.tern.model.segment;

/**
 * One criterion of a {@link SegmentDimensions}, flattened from Pinpoint's nested shape so evaluation and
 * validation walk one closed list. Each case knows its wire path ({@link #field()}, relative to the
 * SegmentDimensions object) for violation messages.
 *
 * <p>Why a visitor ({@link Cases}) instead of {@code switch} with type patterns: shared-model compiles for
 * Java 17 (the Lambda runtime), where pattern matching for switch is a preview feature (final in 21,
 * JEP 441). The visitor gives the same guarantee — adding a case breaks the build until every
 * evaluation handles it. Replace it with a pattern {@code switch} when the project moves to 21.
 */
public sealed interface Criterion
    permits Criterion.Demographic,
        Criterion.Country,
        Criterion.GpsPoint,
        Criterion.Attribute,
        Criterion.Metric,
        Criterion.Recency {

  /** The wire path of this criterion inside a SegmentDimensions, e.g. {@code Demographic.Platform}. */
  String field();

  /** Dispatches to the method of {@code cases} for this kind of criterion. */
  <R> R accept(Cases<R> cases);

  /** One method per criterion kind; implementing it is the exhaustive switch. */
  interface Cases<R> {
    /** A demographic set criterion. */
    R demographic(Demographic criterion);

    /** Location.Country. */
    R country(Country criterion);

    /** Location.GPSPoint. */
    R gpsPoint(GpsPoint criterion);

    /** An Attributes or UserAttributes entry. */
    R attribute(Attribute criterion);

    /** A Metrics entry. */
    R metric(Metric criterion);

    /** Behavior.Recency. */
    R recency(Recency criterion);
  }

  /** The endpoint facts the demographic set dimensions test, with their wire names. */
  enum DemographicField {
    APP_VERSION("AppVersion"),
    CHANNEL("Channel"),
    DEVICE_TYPE("DeviceType"),
    MAKE("Make"),
    MODEL("Model"),
    PLATFORM("Platform");

    private final String wireName;

    DemographicField(String wireName) {
      this.wireName = wireName;
    }

    /** The member name in SegmentDemographics. */
    public String wireName() {
      return wireName;
    }
  }

  /** Which attribute map an attribute criterion reads. */
  enum AttributeScope {
    /** The endpoint's {@code Attributes}. */
    ENDPOINT("Attributes"),
    /** The endpoint's {@code User.UserAttributes}. */
    USER("UserAttributes");

    private final String wireName;

    AttributeScope(String wireName) {
      this.wireName = wireName;
    }

    /** The member name in SegmentDimensions. */
    public String wireName() {
      return wireName;
    }
  }

  /** {@code Demographic.<field>}: a set dimension over one demographic fact. */
  record Demographic(DemographicField demographicField, SetDimension set) implements Criterion {
    @Override
    public String field() {
      return "Demographic." + demographicField.wireName();
    }

    @Override
    public <R> R accept(Cases<R> cases) {
      return cases.demographic(this);
    }
  }

  /** {@code Location.Country}: a set dimension over the endpoint's country code. */
  record Country(SetDimension set) implements Criterion {
    @Override
    public String field() {
      return "Location.Country";
    }

    @Override
    public <R> R accept(Cases<R> cases) {
      return cases.country(this);
    }
  }

  /** {@code Location.GPSPoint}: within a radius of a point. */
  record GpsPoint(GpsPointDimension point) implements Criterion {
    @Override
    public String field() {
      return "Location.GPSPoint";
    }

    @Override
    public <R> R accept(Cases<R> cases) {
      return cases.gpsPoint(this);
    }
  }

  /** {@code Attributes.<name>} or {@code UserAttributes.<name>}. */
  record Attribute(AttributeScope scope, String name, AttributeDimension dimension) implements Criterion {
    @Override
    public String field() {
      return scope.wireName() + "." + name;
    }

    @Override
    public <R> R accept(Cases<R> cases) {
      return cases.attribute(this);
    }
  }

  /** {@code Metrics.<name>}. */
  record Metric(String name, MetricDimension dimension) implements Criterion {
    @Override
    public String field() {
      return "Metrics." + name;
    }

    @Override
    public <R> R accept(Cases<R> cases) {
      return cases.metric(this);
    }
  }

  /** {@code Behavior.Recency}. */
  record Recency(RecencyDimension dimension) implements Criterion {
    @Override
    public String field() {
      return "Behavior.Recency";
    }

    @Override
    public <R> R accept(Cases<R> cases) {
      return cases.recency(this);
    }
  }
}
