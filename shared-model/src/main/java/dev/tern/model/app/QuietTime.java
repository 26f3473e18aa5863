package dev.tern.model.app;

/**
 * Daily window in the endpoint's local time when nothing is sent (model shape {@code QuietTime}).
 *
 * @param end {@code HH:MM}, 24-hour clock
 * @param start {@code HH:MM}, 24-hour clock; the window may wrap midnight
 */
public record QuietTime(String end, String start) {

  /** A quiet time with no member set (quiet time off). */
  public static QuietTime empty() {
    return new QuietTime(null, null);
  }
}
