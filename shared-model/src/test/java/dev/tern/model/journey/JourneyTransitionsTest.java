package dev.tern.model.journey;

import static dev.tern.model.journey.JourneyState.ACTIVE;
import static dev.tern.model.journey.JourneyState.CANCELLED;
import static dev.tern.model.journey.JourneyState.CLOSED;
import static dev.tern.model.journey.JourneyState.COMPLETED;
import static dev.tern.model.journey.JourneyState.DRAFT;
import static dev.tern.model.journey.JourneyState.PAUSED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tern.model.common.BadRequestException;
import dev.tern.model.common.ConflictException;
import dev.tern.model.common.TernException;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class JourneyTransitionsTest {

  static final Instant T = Instant.parse("2026-11-26T10:00:00Z");

  /** current, requested, has RefreshFrequency → resulting state, or the refusal's error type. */
  @ParameterizedTest(name = "{0} + {1} (refresh {2}) → {3}")
  @CsvSource({
      "DRAFT,     ACTIVE,    false, ACTIVE",
      "DRAFT,     CANCELLED, false, CANCELLED",
      "DRAFT,     PAUSED,    true,  BadRequestException",
      "ACTIVE,    ACTIVE,    false, ACTIVE",
      "ACTIVE,    PAUSED,    true,  PAUSED",
      "ACTIVE,    PAUSED,    false, BadRequestException",
      "ACTIVE,    CANCELLED, false, CANCELLED",
      "PAUSED,    ACTIVE,    true,  ACTIVE",
      "PAUSED,    CANCELLED, true,  CANCELLED",
      "PAUSED,    PAUSED,    true,  PAUSED",
      "CLOSED,    CANCELLED, false, CANCELLED",
      "CLOSED,    ACTIVE,    false, BadRequestException",
      "CANCELLED, ACTIVE,    false, BadRequestException",
      "CANCELLED, PAUSED,    true,  BadRequestException",
      "CANCELLED, CANCELLED, false, CANCELLED",
      "COMPLETED, CANCELLED, false, BadRequestException",
      "ACTIVE,    DRAFT,     false, BadRequestException",
      "ACTIVE,    COMPLETED, false, BadRequestException",
      "ACTIVE,    CLOSED,    false, BadRequestException",
  })
  void updateJourneyState(JourneyState current, JourneyState requested, boolean refreshes, String expected) {
    check(expected, () -> JourneyTransitions.onStateRequest(current, requested, refreshes));
  }

  @ParameterizedTest
  @CsvSource({"DRAFT", "ACTIVE"})
  void aStateRequestNeedsAState(JourneyState current) {
    assertThrows(BadRequestException.class, () -> JourneyTransitions.onStateRequest(current, null, true));
  }

  /** current, requested in the write, activities changed → resulting state or refusal. */
  static Stream<Arguments> updates() {
    return Stream.of(
        Arguments.of(DRAFT, null, true, "DRAFT"),
        Arguments.of(DRAFT, DRAFT, true, "DRAFT"),
        Arguments.of(DRAFT, ACTIVE, true, "ACTIVE"),
        Arguments.of(DRAFT, PAUSED, false, "BadRequestException"),
        Arguments.of(DRAFT, CANCELLED, false, "BadRequestException"),
        Arguments.of(ACTIVE, null, false, "ACTIVE"),
        Arguments.of(ACTIVE, ACTIVE, false, "ACTIVE"),
        Arguments.of(ACTIVE, null, true, "ConflictException"),
        Arguments.of(ACTIVE, DRAFT, false, "ConflictException"),
        Arguments.of(PAUSED, null, false, "PAUSED"),
        Arguments.of(PAUSED, ACTIVE, true, "ConflictException"),
        Arguments.of(CANCELLED, null, false, "ConflictException"),
        Arguments.of(COMPLETED, null, false, "ConflictException"),
        Arguments.of(CLOSED, ACTIVE, false, "ConflictException"));
  }

  @ParameterizedTest(name = "UpdateJourney of {0} asking {1} (activities changed {2}) → {3}")
  @MethodSource("updates")
  void updateJourney(JourneyState current, JourneyState requested, boolean changeActivities, String expected) {
    JourneyDefinition stored = Journeys.valid();
    Journey journey = new Journey("app", "j", stored, current, T, T, Map.of(), 1);
    JourneyDefinition next = changeActivities
        ? Journeys.withActivity("holdout", new Activity.Holdout(null, 20, null))
        : stored.withName("Renamed");
    check(expected, () -> JourneyTransitions.onUpdate(journey, next, requested));
  }

  @ParameterizedTest
  @CsvSource({"DRAFT, DRAFT", "ACTIVE, ACTIVE", ", DRAFT"})
  void createStartsAsDraftOrActive(JourneyState requested, JourneyState expected) {
    assertEquals(expected, JourneyTransitions.onCreate(requested));
  }

  @ParameterizedTest
  @CsvSource({"PAUSED", "CANCELLED", "COMPLETED", "CLOSED"})
  void createRefusesOtherStates(JourneyState requested) {
    var e = assertThrows(BadRequestException.class, () -> JourneyTransitions.onCreate(requested));
    assertEquals("State must be DRAFT or ACTIVE when creating or updating a journey, got " + requested
        + "; use UpdateJourneyState to pause, resume or cancel it", e.getMessage());
  }

  private static void check(String expected, java.util.function.Supplier<JourneyState> transition) {
    if (expected.endsWith("Exception")) {
      TernException e = assertThrows(TernException.class, transition::get);
      assertEquals(expected, e.errorType(), e.getMessage());
      if (expected.equals("ConflictException")) {
        assertEquals(ConflictException.class, e.getClass());
      }
    } else {
      assertEquals(JourneyState.valueOf(expected), transition.get());
    }
  }
}
