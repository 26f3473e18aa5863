package dev.tern.model.endpoint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class WireValuesTest {

  static Stream<Arguments> enums() {
    return Stream.of(
        Arguments.of("known value", "ALL", OptOut.ALL, false),
        Arguments.of("absent member", null, null, false),
        Arguments.of("wrong case is unknown", "all", null, true),
        Arguments.of("unknown value", "SOME", null, true));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("enums")
  void readsEnumsCaseSensitively(String name, String raw, OptOut expected, boolean rejected) {
    List<Violation> violations = new ArrayList<>();
    assertEquals(expected, WireValues.enumValue(OptOut.class, raw, "OptOut", violations));
    assertEquals(rejected, !violations.isEmpty());
    if (rejected) {
      assertEquals(new Violation("OptOut", "unknown value '" + raw + "'; expected one of ALL, NONE"),
          violations.get(0));
    }
  }

  static Stream<Arguments> dates() {
    return Stream.of(
        Arguments.of("ISO instant", "2024-05-01T10:00:00Z", "2024-05-01T10:00:00Z"),
        Arguments.of("ISO instant with millis", "2018-06-05T21:49:15.288Z", "2018-06-05T21:49:15.288Z"),
        Arguments.of("offset", "2024-05-01T12:00:00+02:00", "2024-05-01T10:00:00Z"),
        Arguments.of("bare date is midnight UTC", "2024-05-01", "2024-05-01T00:00:00Z"),
        Arguments.of("not a date", "yesterday", null),
        Arguments.of("local time without zone", "2024-05-01T10:00:00", null));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dates")
  void readsIsoDates(String name, String raw, String expected) {
    List<Violation> violations = new ArrayList<>();
    Instant parsed = WireValues.instant(raw, "EffectiveDate", violations);
    if (expected == null) {
      assertNull(parsed);
      assertEquals("EffectiveDate", violations.get(0).field());
    } else {
      assertEquals(Instant.parse(expected), parsed);
      assertEquals(List.of(), violations);
    }
  }
}
