package dev.tern.api.wire.journey;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.tern.api.wire.journey.SendingScheduleShapes.ClosedDaysShape;
import dev.tern.api.wire.journey.SendingScheduleShapes.OpenHoursShape;
import dev.tern.model.app.QuietTime;
import dev.tern.model.common.Timestamps;
import dev.tern.model.journey.Journey;
import dev.tern.model.journey.JourneyChannelSettings;
import dev.tern.model.journey.JourneyDefinition;
import dev.tern.model.journey.JourneyDefinition.TimezoneEstimationMethod;
import dev.tern.model.journey.JourneyLimits;
import dev.tern.model.journey.JourneySchedule;
import dev.tern.model.journey.JourneyState;
import dev.tern.model.journey.StartCondition;
import dev.tern.wire.PinpointJson;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Body of every single-journey answer (model shape {@code JourneyResponse}). */
@PinpointJson
public record JourneyResponse(
    Map<String, ActivityShape> activities,
    String applicationId,
    String creationDate,
    String id,
    String lastModifiedDate,
    JourneyLimits limits,
    Boolean localTime,
    String name,
    QuietTime quietTime,
    String refreshFrequency,
    JourneySchedule schedule,
    String startActivity,
    StartCondition startCondition,
    JourneyState state,
    @JsonProperty("tags") Map<String, String> tags,
    Boolean waitForQuietTime,
    Boolean refreshOnSegmentUpdate,
    JourneyChannelSettings journeyChannelSettings,
    Boolean sendingSchedule,
    OpenHoursShape openHours,
    ClosedDaysShape closedDays,
    List<TimezoneEstimationMethod> timezoneEstimationMethods) {

  /** The wire form of {@code journey}; tags always present ({@code {}} when none), as for apps. */
  public static JourneyResponse of(Journey journey) {
    JourneyDefinition d = journey.definition();
    return new JourneyResponse(activities(d), journey.applicationId(), Timestamps.format(journey.creationDate()),
        journey.id(), Timestamps.format(journey.lastModifiedDate()), d.limits(), d.localTime(), d.name(),
        d.quietTime(), d.refreshFrequency(), d.schedule(), d.startActivity(), d.startCondition(), journey.state(),
        journey.tags(), d.waitForQuietTime(), d.refreshOnSegmentUpdate(), d.journeyChannelSettings(),
        d.sendingSchedule(), OpenHoursShape.of(d.openHours()), ClosedDaysShape.of(d.closedDays()),
        d.timezoneEstimationMethods());
  }

  /** The activities in wire form and request order; absent (null) when the journey has none. */
  static Map<String, ActivityShape> activities(JourneyDefinition d) {
    if (d.activities().isEmpty()) {
      return null;
    }
    Map<String, ActivityShape> shapes = new LinkedHashMap<>();
    d.activities().forEach((id, activity) -> shapes.put(id, ActivityShape.of(activity)));
    return shapes;
  }
}
