package dev.tern.model.endpoint;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Turns the free-text members of Pinpoint's JSON (enums such as OptOut or AttributeType, ISO-8601 dates)
 * into typed values, collecting a {@link Violation} that names the field instead of throwing. The API edge
 * calls these while building domain records, so an unknown enum value becomes a 400 with a reason.
 */
public final class WireValues {

  private WireValues() {}

  /**
   * The enum constant whose name equals {@code raw} exactly (Pinpoint enum values are case sensitive);
   * null input gives null (absent member); an unknown value adds a violation and gives null.
   */
  public static <E extends Enum<E>> E enumValue(
      Class<E> type, String raw, String field, List<Violation> violations) {
    if (raw == null) {
      return null;
    }
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(raw)) {
        return constant;
      }
    }
    String allowed =
        Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    violations.add(new Violation(field, "unknown value '" + raw + "'; expected one of " + allowed));
    return null;
  }

  /**
   * An ISO-8601 instant; null input gives null; text that is not a date adds a violation and gives null.
   * See {@link #parseInstant(String)} for the accepted forms.
   */
  public static Instant instant(String raw, String field, List<Violation> violations) {
    if (raw == null) {
      return null;
    }
    Optional<Instant> parsed = parseInstant(raw);
    if (parsed.isEmpty()) {
      violations.add(new Violation(field, "'" + raw + "' is not an ISO-8601 date-time"));
    }
    return parsed.orElse(null);
  }

  /**
   * Reads ISO-8601 text as an instant: {@code 2024-05-01T10:00:00Z} (Pinpoint's ISO_INSTANT, fractions
   * allowed), an explicit offset {@code 2024-05-01T12:00:00+02:00}, or a bare date {@code 2024-05-01}
   * taken as midnight UTC. Anything else is empty.
   */
  public static Optional<Instant> parseInstant(String raw) {
    if (raw == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(Instant.parse(raw));
    } catch (DateTimeParseException notInstant) {
      // try the next form
    }
    try {
      return Optional.of(OffsetDateTime.parse(raw).toInstant());
    } catch (DateTimeParseException notOffset) {
      // try the next form
    }
    try {
      return Optional.of(LocalDate.parse(raw).atStartOfDay(ZoneOffset.UTC).toInstant());
    } catch (DateTimeParseException notDate) {
      return Optional.empty();
    }
  }
}
