package dev.tern.model.journey;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Map;

/**
 * The "advanced quiet time" of a journey: Pinpoint's {@code OpenHours} (per channel and weekday, when
 * sending is allowed) and {@code ClosedDays} (per channel, date ranges when it is not). Both are keyed by
 * {@link Channel}, the five channels the model lists.
 */
public final class SendingSchedule {

  private SendingSchedule() {}

  /** The channels OpenHours and ClosedDays are keyed by. */
  public enum Channel { EMAIL, SMS, PUSH, VOICE, CUSTOM }

  /** Pinpoint's {@code OpenHoursRule}: a window within a day, {@code HH:MM} each. */
  public record OpenHoursRule(String startTime, String endTime) {}

  /** Pinpoint's {@code ClosedDaysRule}: a named range of ISO-8601 date-times. */
  public record ClosedDaysRule(String name, String startDateTime, String endDateTime) {}

  /** Pinpoint's {@code OpenHours}: per channel, per weekday, the windows when sending is allowed. */
  public record OpenHours(Map<Channel, Map<DayOfWeek, List<OpenHoursRule>>> channels) {
    /** Copies the maps. */
    public OpenHours {
      channels = channels == null ? Map.of() : Map.copyOf(channels);
    }
  }

  /** Pinpoint's {@code ClosedDays}: per channel, the date ranges when nothing is sent. */
  public record ClosedDays(Map<Channel, List<ClosedDaysRule>> channels) {
    /** Copies the map. */
    public ClosedDays {
      channels = channels == null ? Map.of() : Map.copyOf(channels);
    }
  }
}
