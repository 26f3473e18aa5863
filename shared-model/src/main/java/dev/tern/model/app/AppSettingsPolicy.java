package dev.tern.model.app;

import dev.tern.model.common.BadRequestException;
import dev.tern.model.common.Check;
import java.util.regex.Pattern;

/**
 * Bounds on app settings, from the model's member documentation and Pinpoint's quotas page: campaign
 * Daily/Total 0..100, MessagesPerSecond 1..20,000, MaximumDuration at least 60 s, Session at least 0;
 * quiet time HH:MM (both ends, or neither); journey caps 0..100 and timeframe days 0..30.
 */
public final class AppSettingsPolicy {

  private static final Pattern HH_MM = Pattern.compile("([01]\\d|2[0-3]):[0-5]\\d");

  private AppSettingsPolicy() {}

  /** Rejects the first invalid member of {@code update} with a message naming it. */
  public static void check(AppSettingsUpdate update) {
    if (update.limits() != null) {
      checkLimits(update.limits());
    }
    if (update.quietTime() != null) {
      checkQuietTime(update.quietTime());
    }
    if (update.journeyLimits() != null) {
      checkJourneyLimits(update.journeyLimits());
    }
  }

  private static void checkLimits(CampaignLimits limits) {
    Check.range("Limits.Daily", limits.daily(), 0, 100);
    Check.range("Limits.Total", limits.total(), 0, 100);
    Check.range("Limits.MessagesPerSecond", limits.messagesPerSecond(), 1, 20_000);
    Check.atLeast("Limits.MaximumDuration", limits.maximumDuration(), 60);
    Check.atLeast("Limits.Session", limits.session(), 0);
  }

  /** Rejects a quiet time with one end only or an end that is not HH:MM (apps and journeys share it). */
  public static void checkQuietTime(QuietTime quietTime) {
    boolean hasStart = quietTime.start() != null && !quietTime.start().isEmpty();
    boolean hasEnd = quietTime.end() != null && !quietTime.end().isEmpty();
    if (hasStart != hasEnd) {
      // A window with one end is meaningless; reject rather than guess.
      throw new BadRequestException("QuietTime.Start and QuietTime.End must be set together");
    }
    if (hasStart) {
      checkClock("QuietTime.Start", quietTime.start());
      checkClock("QuietTime.End", quietTime.end());
    }
  }

  private static void checkClock(String field, String value) {
    if (!HH_MM.matcher(value).matches()) {
      throw new BadRequestException(field + " must be HH:MM on a 24-hour clock, got '" + value + "'");
    }
  }

  private static void checkJourneyLimits(JourneyLimits limits) {
    Check.range("JourneyLimits.DailyCap", limits.dailyCap(), 0, 100);
    Check.range("JourneyLimits.TotalCap", limits.totalCap(), 0, 100);
    if (limits.timeframeCap() != null) {
      Check.range("JourneyLimits.TimeframeCap.Cap", limits.timeframeCap().cap(), 0, 100);
      Check.range("JourneyLimits.TimeframeCap.Days", limits.timeframeCap().days(), 0, 30);
    }
  }
}
