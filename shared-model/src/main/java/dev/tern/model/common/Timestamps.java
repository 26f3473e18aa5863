package dev.tern.model.common;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/**
 * Date strings as Pinpoint emits them: UTC, always three fraction digits, {@code Z} suffix
 * ({@code 2018-06-05T21:49:15.288Z}). {@link Instant#toString()} is not enough: it drops zero millis
 * and prints micros when present.
 */
public final class Timestamps {

  private static final DateTimeFormatter AWS =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

  private Timestamps() {}

  /** Formats {@code instant} as AWS does, truncated to milliseconds. */
  public static String format(Instant instant) {
    return AWS.format(instant.truncatedTo(ChronoUnit.MILLIS));
  }

  /** Parses an ISO-8601 instant such as {@code 2018-06-05T21:49:15.288Z}. */
  public static Instant parse(String text) {
    try {
      return Instant.parse(text);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("not an ISO-8601 instant: " + text, e);
    }
  }
}
