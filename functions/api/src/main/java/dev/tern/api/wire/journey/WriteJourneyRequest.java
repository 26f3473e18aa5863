package dev.tern.api.wire.journey;

import dev.tern.api.wire.journey.SendingScheduleShapes.ClosedDaysShape;
import dev.tern.api.wire.journey.SendingScheduleShapes.OpenHoursShape;
import dev.tern.model.app.QuietTime;
import dev.tern.model.endpoint.Violation;
import dev.tern.model.journey.Activity;
import dev.tern.model.journey.JourneyChannelSettings;
import dev.tern.model.journey.JourneyDefinition;
import dev.tern.model.journey.JourneyDefinition.TimezoneEstimationMethod;
import dev.tern.model.journey.JourneyLimits;
import dev.tern.model.journey.JourneySchedule;
import dev.tern.model.journey.JourneyState;
import dev.tern.model.journey.JourneyValidator;
import dev.tern.model.journey.StartCondition;
import dev.tern.model.journey.WriteJourney;
import dev.tern.wire.PinpointJson;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Body of CreateJourney and UpdateJourney (model shape {@code WriteJourneyRequest}). CreationDate and
 * LastModifiedDate are accepted, as the model lists them, and ignored: the server owns both dates. Also the
 * stored form of a definition (see {@link JourneyDocuments}), so a stored journey reads back exactly as
 * the client wrote it.
 */
@PinpointJson
public record WriteJourneyRequest(
    Map<String, ActivityShape> activities,
    String creationDate,
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
    Boolean waitForQuietTime,
    Boolean refreshOnSegmentUpdate,
    JourneyChannelSettings journeyChannelSettings,
    Boolean sendingSchedule,
    OpenHoursShape openHours,
    ClosedDaysShape closedDays,
    List<TimezoneEstimationMethod> timezoneEstimationMethods) {

  /** The domain command; an activity that sets no or several types is a 400 naming it. */
  public WriteJourney toCommand() {
    return new WriteJourney(toDefinition(), state);
  }

  /** The domain definition (everything but State and the dates). */
  public JourneyDefinition toDefinition() {
    List<Violation> violations = new ArrayList<>();
    Map<String, Activity> domain = new LinkedHashMap<>();
    if (activities != null) {
      activities.forEach((id, shape) -> {
        if (shape == null) {
          violations.add(new Violation("Activities." + id, "is required"));
          return;
        }
        Activity activity = shape.toActivity("Activities." + id, violations);
        if (activity != null) {
          domain.put(id, activity);
        }
      });
    }
    JourneyValidator.reject(violations);
    return new JourneyDefinition(name, domain, startActivity, startCondition, schedule, limits, localTime, quietTime,
        waitForQuietTime, refreshFrequency, refreshOnSegmentUpdate, sendingSchedule,
        openHours == null ? null : openHours.toOpenHours(), closedDays == null ? null : closedDays.toClosedDays(),
        timezoneEstimationMethods, journeyChannelSettings);
  }

  /** The wire form of {@code definition} with no State or dates (the stored document). */
  public static WriteJourneyRequest of(JourneyDefinition d) {
    return new WriteJourneyRequest(JourneyResponse.activities(d), null, null, d.limits(), d.localTime(), d.name(),
        d.quietTime(), d.refreshFrequency(), d.schedule(), d.startActivity(), d.startCondition(), null,
        d.waitForQuietTime(), d.refreshOnSegmentUpdate(), d.journeyChannelSettings(), d.sendingSchedule(),
        OpenHoursShape.of(d.openHours()), ClosedDaysShape.of(d.closedDays()), d.timezoneEstimationMethods());
  }
}
