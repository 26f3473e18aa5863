package dev.tern.model.segment;

import static dev.tern.model.segment.AttributeDimension.of;
import static dev.tern.model.segment.AttributeType.AFTER;
import static dev.tern.model.segment.AttributeType.BEFORE;
import static dev.tern.model.segment.AttributeType.BETWEEN;
import static dev.tern.model.segment.AttributeType.CONTAINS;
import static dev.tern.model.segment.AttributeType.EXCLUSIVE;
import static dev.tern.model.segment.AttributeType.INCLUSIVE;
import static dev.tern.model.segment.AttributeType.ON;
import static dev.tern.model.segment.Ep.NOW;
import static dev.tern.model.segment.Scenario.attribute;
import static dev.tern.model.segment.Scenario.userAttribute;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Attributes and UserAttributes with every AttributeType. */
class AttributeDimensionTest {

  private static final SegmentEngine ENGINE = SegmentEngine.withoutSourceSegments();

  static Stream<Scenario> scenarios() {
    var music = Ep.of("m").attr("interests", "Science", "Music").userAttr("plan", "gold").build();
    var signup = Ep.of("s").attr("signup", "not a date", "2024-05-01T10:00:00Z").build();
    var bare = Ep.bare();
    return Stream.of(
        new Scenario("INCLUSIVE: one of several values matches", attribute("interests", of(INCLUSIVE, "Music", "Art")), music, true),
        new Scenario("INCLUSIVE: no value matches", attribute("interests", of(INCLUSIVE, "Art")), music, false),
        new Scenario("INCLUSIVE is case sensitive", attribute("interests", of(INCLUSIVE, "music")), music, false),
        new Scenario("INCLUSIVE: attribute missing", attribute("interests", of(INCLUSIVE, "Music")), bare, false),
        new Scenario("null AttributeType reads INCLUSIVE",
            attribute("interests", new AttributeDimension(null, List.of("Music"))), music, true),
        new Scenario("EXCLUSIVE: a value is in the set", attribute("interests", of(EXCLUSIVE, "Music")), music, false),
        new Scenario("EXCLUSIVE: no value is in the set", attribute("interests", of(EXCLUSIVE, "Art")), music, true),
        new Scenario("EXCLUSIVE: attribute missing keeps the endpoint", attribute("interests", of(EXCLUSIVE, "Music")), bare, true),
        new Scenario("CONTAINS: substring of a value", attribute("interests", of(CONTAINS, "cien")), music, true),
        new Scenario("CONTAINS: whole value", attribute("interests", of(CONTAINS, "Music")), music, true),
        new Scenario("CONTAINS is case sensitive", attribute("interests", of(CONTAINS, "MUS")), music, false),
        new Scenario("CONTAINS: no value contains it", attribute("interests", of(CONTAINS, "Art")), music, false),
        new Scenario("CONTAINS: attribute missing", attribute("interests", of(CONTAINS, "Mus")), bare, false),
        new Scenario("BEFORE: earlier date", attribute("signup", of(BEFORE, "2024-06-01T00:00:00Z")), signup, true),
        new Scenario("BEFORE is strict", attribute("signup", of(BEFORE, "2024-05-01T10:00:00Z")), signup, false),
        new Scenario("BEFORE: later date", attribute("signup", of(BEFORE, "2024-04-01T00:00:00Z")), signup, false),
        new Scenario("AFTER: later date", attribute("signup", of(AFTER, "2024-04-30T23:59:59Z")), signup, true),
        new Scenario("AFTER is strict", attribute("signup", of(AFTER, "2024-05-01T10:00:00Z")), signup, false),
        new Scenario("AFTER accepts an offset", attribute("signup", of(AFTER, "2024-05-01T11:00:00+02:00")), signup, true),
        new Scenario("ON: same UTC day, other time", attribute("signup", of(ON, "2024-05-01T23:00:00Z")), signup, true),
        new Scenario("ON: bare date", attribute("signup", of(ON, "2024-05-01")), signup, true),
        new Scenario("ON: next day", attribute("signup", of(ON, "2024-05-02T00:00:00Z")), signup, false),
        new Scenario("BETWEEN: inside", attribute("signup", of(BETWEEN, "2024-04-01T00:00:00Z", "2024-06-01T00:00:00Z")), signup, true),
        new Scenario("BETWEEN: start is inclusive", attribute("signup", of(BETWEEN, "2024-05-01T10:00:00Z", "2024-06-01T00:00:00Z")), signup, true),
        new Scenario("BETWEEN: end is inclusive", attribute("signup", of(BETWEEN, "2024-04-01T00:00:00Z", "2024-05-01T10:00:00Z")), signup, true),
        new Scenario("BETWEEN: outside", attribute("signup", of(BETWEEN, "2024-05-02T00:00:00Z", "2024-06-01T00:00:00Z")), signup, false),
        new Scenario("dates: attribute missing", attribute("signup", of(AFTER, "2000-01-01T00:00:00Z")), bare, false),
        new Scenario("dates: non-date values are skipped",
            attribute("interests", of(AFTER, "2000-01-01T00:00:00Z")), music, false),
        new Scenario("UserAttributes: INCLUSIVE reads the user's attributes", userAttribute("plan", of(INCLUSIVE, "gold")), music, true),
        new Scenario("UserAttributes do not read endpoint Attributes", userAttribute("interests", of(INCLUSIVE, "Music")), music, false),
        new Scenario("Attributes do not read user attributes", attribute("plan", of(INCLUSIVE, "gold")), music, false));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scenarios")
  void attributeDimensions(Scenario s) {
    assertEquals(s.matches(), ENGINE.matches(new SegmentDefinition.Dimensional(s.dimensions()), s.endpoint(), NOW, NOW));
  }
}
