package dev.tern.model.journey;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * ISO-8601 durations as Pinpoint's journey members take them ({@code PT1H}, {@code P1D}, {@code P2W},
 * {@code P1M}). {@link Duration#parse} rejects weeks, months and years and {@link java.time.Period} rejects
 * times, so both forms are read here. Months count as 30 days and years as 365 for bounds checks only; the
 * stored text is never rewritten.
 */
final class IsoDurations {

  private static final Pattern FORMAT = Pattern.compile(
      "P(?:(\\d+)Y)?(?:(\\d+)M)?(?:(\\d+)W)?(?:(\\d+)D)?(?:T(?:(\\d+)H)?(?:(\\d+)M)?(?:(\\d+(?:[.,]\\d+)?)S)?)?");

  private IsoDurations() {}

  /** The length of {@code text}, or empty if it is not an ISO-8601 duration. */
  static Optional<Duration> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    Matcher m = FORMAT.matcher(text);
    // "P" and "PT" alone match the pattern but are not durations.
    if (!m.matches() || text.equals("P") || text.endsWith("T")) {
      return Optional.empty();
    }
    try {
      // Exact arithmetic: an overflow must be "not a duration", never a wrapped, negative one.
      long days = Math.addExact(Math.addExact(Math.multiplyExact(number(m.group(1)), 365),
          Math.multiplyExact(number(m.group(2)), 30)),
          Math.addExact(Math.multiplyExact(number(m.group(3)), 7), number(m.group(4))));
      Duration d = Duration.ofDays(days).plusHours(number(m.group(5))).plusMinutes(number(m.group(6)));
      if (m.group(7) != null) {
        BigDecimal seconds = new BigDecimal(m.group(7).replace(',', '.'));
        d = d.plusMillis(seconds.movePointRight(3).longValue());
      }
      return Optional.of(d);
    } catch (ArithmeticException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static long number(String group) {
    return group == null ? 0 : Long.parseLong(group);
  }
}
