package dev.tern.model.segment;

import static dev.tern.model.segment.Ep.NOW;
import static dev.tern.model.segment.Scenario.location;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Location.GPSPoint: haversine distance against RangeInKilometers. */
class GpsPointDimensionTest {

  private static final SegmentEngine ENGINE = SegmentEngine.withoutSourceSegments();
  private static final GpsCoordinates PARIS = new GpsCoordinates(48.8566, 2.3522);

  static Stream<Arguments> distances() {
    // Expected values computed independently with Python's math module, same radius 6371.0088 km.
    return Stream.of(
        Arguments.of("Paris to London", PARIS, 51.5074, -0.1278, 343.5565),
        Arguments.of("one degree of longitude on the equator", new GpsCoordinates(0, 0), 0.0, 1.0, 111.1951),
        Arguments.of("across the antimeridian", new GpsCoordinates(0, 179.5), 0.0, -179.5, 111.1951),
        Arguments.of("same point", PARIS, 48.8566, 2.3522, 0.0));
  }

  @ParameterizedTest(name = "{0} is {4} km")
  @MethodSource("distances")
  void haversineDistance(String name, GpsCoordinates from, double lat, double lon, double km) {
    assertEquals(km, from.distanceKm(lat, lon), 0.001);
  }

  private static SegmentDimensions within(double km) {
    return location(null, new GpsPointDimension(PARIS, km));
  }

  static Stream<Scenario> scenarios() {
    var london = Ep.of("london").at(51.5074, -0.1278).build();
    var paris = Ep.of("paris").at(48.9, 2.4).build();
    return Stream.of(
        new Scenario("London within 344 km of Paris", within(344), london, true),
        new Scenario("London not within 343 km of Paris", within(343), london, false),
        new Scenario("Paris endpoint within 10 km", within(10), paris, true),
        new Scenario("no coordinates never match", within(20_000), Ep.bare(), false),
        new Scenario("GPS and country must both hold",
            location(SetDimension.inclusive("GB"), new GpsPointDimension(PARIS, 344.0)), london, false));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scenarios")
  void gpsPoint(Scenario s) {
    assertEquals(s.matches(), ENGINE.matches(new SegmentDefinition.Dimensional(s.dimensions()), s.endpoint(), NOW, NOW));
  }
}
