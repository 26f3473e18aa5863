package dev.tern.model.segment;

import static dev.tern.model.segment.Ep.NOW;
import static dev.tern.model.segment.Scenario.demographic;
import static dev.tern.model.segment.Scenario.location;
import static dev.tern.model.segment.SetDimension.exclusive;
import static dev.tern.model.segment.SetDimension.inclusive;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tern.model.endpoint.ChannelType;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Demographic set dimensions and Location.Country. */
class SetDimensionTest {

  private static final SegmentEngine ENGINE = SegmentEngine.withoutSourceSegments();

  private static SegmentDemographics platform(SetDimension set) {
    return new SegmentDemographics(null, null, null, null, null, set);
  }

  static Stream<Scenario> scenarios() {
    var ios = Ep.of("ios").device("2.1.0", "apple", "iPhone", "ios").channel(ChannelType.APNS).country("FR").build();
    var android = Ep.of("and").device("2.0.0", "samsung", "SM-G900F", "android").channel(ChannelType.GCM).build();
    var bare = Ep.bare();
    return Stream.of(
        new Scenario("platform in [ios]", demographic(platform(inclusive("ios"))), ios, true),
        new Scenario("platform in [ios] (android)", demographic(platform(inclusive("ios"))), android, false),
        new Scenario("platform match is case sensitive", demographic(platform(inclusive("iOS"))), ios, false),
        new Scenario("platform in [android, ios]", demographic(platform(inclusive("android", "ios"))), android, true),
        new Scenario("platform not in [ios]", demographic(platform(exclusive("ios"))), ios, false),
        new Scenario("platform not in [ios] (android)", demographic(platform(exclusive("ios"))), android, true),
        new Scenario("no platform: INCLUSIVE misses", demographic(platform(inclusive("ios"))), bare, false),
        new Scenario("no platform: EXCLUSIVE keeps", demographic(platform(exclusive("ios"))), bare, true),
        new Scenario("null DimensionType reads INCLUSIVE",
            demographic(platform(new SetDimension(null, List.of("ios")))), ios, true),
        new Scenario("app version in [2.1.0]",
            demographic(new SegmentDemographics(inclusive("2.1.0"), null, null, null, null, null)), ios, true),
        new Scenario("channel in [APNS]",
            demographic(new SegmentDemographics(null, inclusive("APNS"), null, null, null, null)), ios, true),
        new Scenario("channel not in [APNS, GCM]",
            demographic(new SegmentDemographics(null, exclusive("APNS", "GCM"), null, null, null, null)), android, false),
        new Scenario("device type has no endpoint field: INCLUSIVE misses",
            demographic(new SegmentDemographics(null, null, inclusive("phone"), null, null, null)), ios, false),
        new Scenario("device type has no endpoint field: EXCLUSIVE keeps",
            demographic(new SegmentDemographics(null, null, exclusive("phone"), null, null, null)), ios, true),
        new Scenario("make in [samsung]",
            demographic(new SegmentDemographics(null, null, null, inclusive("samsung"), null, null)), android, true),
        new Scenario("model in [iPhone]",
            demographic(new SegmentDemographics(null, null, null, null, inclusive("iPhone"), null)), android, false),
        new Scenario("all demographic sets must hold (both do)",
            demographic(new SegmentDemographics(null, inclusive("APNS"), null, inclusive("apple"), null, inclusive("ios"))),
            ios, true),
        new Scenario("all demographic sets must hold (make fails)",
            demographic(new SegmentDemographics(null, inclusive("APNS"), null, inclusive("samsung"), null, inclusive("ios"))),
            ios, false),
        new Scenario("country in [FR, DE]", location(inclusive("FR", "DE"), null), ios, true),
        new Scenario("country not in [FR]", location(exclusive("FR"), null), ios, false),
        new Scenario("no country: INCLUSIVE misses", location(inclusive("FR"), null), android, false),
        new Scenario("no country: EXCLUSIVE keeps", location(exclusive("FR"), null), android, true));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scenarios")
  void setDimensions(Scenario s) {
    assertEquals(s.matches(), ENGINE.matches(new SegmentDefinition.Dimensional(s.dimensions()), s.endpoint(), NOW, NOW));
  }
}
