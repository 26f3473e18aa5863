package dev.tern.model.segment;

import static dev.tern.model.segment.Ep.NOW;
import static dev.tern.model.segment.RecencyDuration.DAY_14;
import static dev.tern.model.segment.RecencyDuration.DAY_30;
import static dev.tern.model.segment.RecencyDuration.DAY_7;
import static dev.tern.model.segment.RecencyDuration.HR_24;
import static dev.tern.model.segment.RecencyType.ACTIVE;
import static dev.tern.model.segment.RecencyType.INACTIVE;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Behavior.Recency: each window at its boundary, with a fixed now. */
class RecencyDimensionTest {

  private static final SegmentEngine ENGINE = SegmentEngine.withoutSourceSegments();

  record Case(String name, RecencyDuration duration, RecencyType type, Instant lastActivity, boolean matches) {
    @Override
    public String toString() {
      return name + " -> " + (matches ? "in" : "out");
    }
  }

  private static Instant ago(Duration duration) {
    return NOW.minus(duration);
  }

  static Stream<Case> cases() {
    Duration second = Duration.ofSeconds(1);
    return Stream.of(
        new Case("HR_24 ACTIVE, active 1 h ago", HR_24, ACTIVE, ago(Duration.ofHours(1)), true),
        new Case("HR_24 ACTIVE, active exactly 24 h ago", HR_24, ACTIVE, ago(Duration.ofHours(24)), true),
        new Case("HR_24 ACTIVE, active 24 h + 1 s ago", HR_24, ACTIVE, ago(Duration.ofHours(24).plus(second)), false),
        new Case("HR_24 INACTIVE, active 24 h + 1 s ago", HR_24, INACTIVE, ago(Duration.ofHours(24).plus(second)), true),
        new Case("DAY_7 ACTIVE, active 6 days ago", DAY_7, ACTIVE, ago(Duration.ofDays(6)), true),
        new Case("DAY_7 ACTIVE, active 8 days ago", DAY_7, ACTIVE, ago(Duration.ofDays(8)), false),
        new Case("DAY_7 INACTIVE, active 6 days ago", DAY_7, INACTIVE, ago(Duration.ofDays(6)), false),
        new Case("DAY_14 ACTIVE, active exactly 14 days ago", DAY_14, ACTIVE, ago(Duration.ofDays(14)), true),
        new Case("DAY_14 ACTIVE, active 15 days ago", DAY_14, ACTIVE, ago(Duration.ofDays(15)), false),
        new Case("DAY_30 ACTIVE, active 29 days ago", DAY_30, ACTIVE, ago(Duration.ofDays(29)), true),
        new Case("DAY_30 INACTIVE, active 31 days ago", DAY_30, INACTIVE, ago(Duration.ofDays(31)), true),
        new Case("never active is not ACTIVE", DAY_30, ACTIVE, null, false),
        new Case("never active is INACTIVE", HR_24, INACTIVE, null, true),
        new Case("activity after now (clock skew) is ACTIVE", HR_24, ACTIVE, NOW.plusSeconds(60), true));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void recency(Case c) {
    SegmentDefinition definition = new SegmentDefinition.Dimensional(Scenario.recency(c.duration(), c.type()));
    assertEquals(c.matches(), ENGINE.matches(definition, Ep.bare(), c.lastActivity(), NOW));
  }
}
