package dev.tern.model.template;

import com.github.jknack.handlebars.Helper;
import com.github.jknack.handlebars.Options;
import java.text.ParseException;
import java.text.SimpleDateFormat;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.Date;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;

/**
 * Pinpoint's {@code dateFormat} and {@code now} (user guide, message-template-helpers.md, "String
 * helpers"): {@code {{dateFormat date [inputFormat="…"] [outputFormat="…"] [tz=…]}}} and {@code {{now
 * ["format"] [tz=…]}}}, formats {@code full|long|medium|short} (default medium) or a {@code
 * SimpleDateFormat} pattern, as the guide links.
 *
 * <p>Why not the library's: Handlebars.java's {@code dateFormat} accepts only date objects, while
 * Pinpoint formats attribute strings such as {@code 09/19/2020} with {@code inputFormat}; and its
 * {@code now} reads the system clock, which tests cannot fix. Tern's choices where the guide is
 * silent: without {@code inputFormat} a string is read as ISO-8601 (the form of {@code CreationDate}
 * and {@code EffectiveDate}); the zone defaults to UTC and the locale to {@code en_US} ({@code
 * locale="fr_FR"} overrides); the format is also accepted as the first parameter or {@code format=}.
 * A missing date renders empty; an unparseable one, or an unknown zone, fails the render.
 */
final class DateHelpers {

  private static final Map<String, FormatStyle> STYLES = Map.of(
      "full", FormatStyle.FULL, "long", FormatStyle.LONG,
      "medium", FormatStyle.MEDIUM, "short", FormatStyle.SHORT);

  private DateHelpers() {}

  static Helper<Object> dateFormat() {
    return (value, options) -> {
      Object v = Numbers.single(value);
      if (RenderContext.isMissing(v) || "".equals(v)) {
        return "";
      }
      ZoneId zone = zone(options);
      Locale locale = locale(options);
      Instant instant = toInstant(v, options.hash("inputFormat"), zone, locale);
      Object format = options.params.length > 0 && options.params[0] != null
          ? options.params[0]
          : options.<Object>hash("outputFormat", options.<Object>hash("format", "medium"));
      return format(instant, format.toString(), zone, locale);
    };
  }

  static Helper<Object> now(Clock clock) {
    // In {{now "short"}} the first parameter arrives as the helper's context; in {{now}} the context
    // is the whole model.
    return (context, options) -> {
      Object format =
          context instanceof CharSequence ? context : options.<Object>hash("format", "medium");
      return format(clock.instant(), format.toString(), zone(options), locale(options));
    };
  }

  private static String format(Instant instant, String format, ZoneId zone, Locale locale) {
    FormatStyle style = STYLES.get(format);
    if (style != null) {
      return DateTimeFormatter.ofLocalizedDate(style).withLocale(locale).withZone(zone)
          .format(instant);
    }
    SimpleDateFormat pattern = new SimpleDateFormat(format, locale);
    pattern.setTimeZone(TimeZone.getTimeZone(zone));
    return pattern.format(Date.from(instant));
  }

  private static Instant toInstant(Object value, Object inputFormat, ZoneId zone, Locale locale) {
    if (value instanceof Instant i) {
      return i;
    }
    if (value instanceof Date d) {
      return d.toInstant();
    }
    if (value instanceof Number n) {
      return Instant.ofEpochMilli(n.longValue());
    }
    String text = value.toString().trim();
    if (inputFormat != null) {
      SimpleDateFormat parser = new SimpleDateFormat(inputFormat.toString(), locale);
      parser.setTimeZone(TimeZone.getTimeZone(zone));
      parser.setLenient(false);
      try {
        return parser.parse(text).toInstant();
      } catch (ParseException bad) {
        throw new IllegalArgumentException(
            "dateFormat: '" + text + "' does not match inputFormat '" + inputFormat + "'");
      }
    }
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException notOffset) {
      // fall through to zone-less forms
    }
    try {
      return LocalDateTime.parse(text).atZone(zone).toInstant();
    } catch (DateTimeParseException notLocal) {
      // fall through to a bare date
    }
    try {
      return LocalDate.parse(text).atStartOfDay(zone).toInstant();
    } catch (DateTimeParseException notDate) {
      throw new IllegalArgumentException("dateFormat: '" + text
          + "' is not an ISO-8601 date; pass inputFormat=\"…\"");
    }
  }

  private static ZoneId zone(Options options) {
    Object tz = options.hash("tz");
    if (tz == null) {
      return ZoneOffset.UTC;
    }
    try {
      return ZoneId.of(tz.toString());
    } catch (java.time.DateTimeException unknown) {
      throw new IllegalArgumentException("unknown time zone '" + tz + "'");
    }
  }

  private static Locale locale(Options options) {
    Object tag = options.hash("locale");
    return tag == null ? Locale.US : Locale.forLanguageTag(tag.toString().replace('_', '-'));
  }
}
