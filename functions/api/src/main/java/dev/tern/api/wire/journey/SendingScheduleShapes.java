package dev.tern.api.wire.journey;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.tern.model.journey.SendingSchedule.Channel;
import dev.tern.model.journey.SendingSchedule.ClosedDays;
import dev.tern.model.journey.SendingSchedule.ClosedDaysRule;
import dev.tern.model.journey.SendingSchedule.OpenHours;
import dev.tern.model.journey.SendingSchedule.OpenHoursRule;
import dev.tern.wire.PinpointJson;
import java.time.DayOfWeek;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Model shapes {@code OpenHours} and {@code ClosedDays}: one member per channel, upper-case as the model. */
final class SendingScheduleShapes {

  private SendingScheduleShapes() {}

  /** Model shape {@code OpenHours}: channel → weekday → windows. */
  @PinpointJson
  public record OpenHoursShape(
      @JsonProperty("EMAIL") Map<DayOfWeek, List<OpenHoursRule>> email,
      @JsonProperty("SMS") Map<DayOfWeek, List<OpenHoursRule>> sms,
      @JsonProperty("PUSH") Map<DayOfWeek, List<OpenHoursRule>> push,
      @JsonProperty("VOICE") Map<DayOfWeek, List<OpenHoursRule>> voice,
      @JsonProperty("CUSTOM") Map<DayOfWeek, List<OpenHoursRule>> custom) {

    OpenHours toOpenHours() {
      return new OpenHours(byChannel(email, sms, push, voice, custom));
    }

    static OpenHoursShape of(OpenHours hours) {
      if (hours == null) {
        return null;
      }
      Function<Channel, Map<DayOfWeek, List<OpenHoursRule>>> get = hours.channels()::get;
      return new OpenHoursShape(get.apply(Channel.EMAIL), get.apply(Channel.SMS), get.apply(Channel.PUSH),
          get.apply(Channel.VOICE), get.apply(Channel.CUSTOM));
    }
  }

  /** Model shape {@code ClosedDays}: channel → date ranges. */
  @PinpointJson
  public record ClosedDaysShape(
      @JsonProperty("EMAIL") List<ClosedDaysRule> email,
      @JsonProperty("SMS") List<ClosedDaysRule> sms,
      @JsonProperty("PUSH") List<ClosedDaysRule> push,
      @JsonProperty("VOICE") List<ClosedDaysRule> voice,
      @JsonProperty("CUSTOM") List<ClosedDaysRule> custom) {

    ClosedDays toClosedDays() {
      return new ClosedDays(byChannel(email, sms, push, voice, custom));
    }

    static ClosedDaysShape of(ClosedDays days) {
      if (days == null) {
        return null;
      }
      Function<Channel, List<ClosedDaysRule>> get = days.channels()::get;
      return new ClosedDaysShape(get.apply(Channel.EMAIL), get.apply(Channel.SMS), get.apply(Channel.PUSH),
          get.apply(Channel.VOICE), get.apply(Channel.CUSTOM));
    }
  }

  /** The present members keyed by channel, in the model's member order. */
  @SafeVarargs
  private static <T> Map<Channel, T> byChannel(T... perChannel) {
    Channel[] order = {Channel.EMAIL, Channel.SMS, Channel.PUSH, Channel.VOICE, Channel.CUSTOM};
    Map<Channel, T> map = new EnumMap<>(Channel.class);
    for (int i = 0; i < order.length; i++) {
      if (perChannel[i] != null) {
        map.put(order[i], perChannel[i]);
      }
    }
    return map;
  }
}
