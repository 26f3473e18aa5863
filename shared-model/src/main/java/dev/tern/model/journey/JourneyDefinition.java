package dev.tern.model.journey;

import dev.tern.model.app.QuietTime;
import dev.tern.model.journey.SendingSchedule.ClosedDays;
import dev.tern.model.journey.SendingSchedule.OpenHours;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a journey is, as a WriteJourneyRequest states it (every member but State, CreationDate and
 * LastModifiedDate, which the server owns): the activity graph, who enters it and when, and its sending
 * rules. Members are null when absent. {@link JourneyValidator} decides whether it may be stored or
 * published.
 *
 * @param activities activity id → activity, in request order (the wire map keeps its order)
 */
public record JourneyDefinition(
    String name,
    Map<String, Activity> activities,
    String startActivity,
    StartCondition startCondition,
    JourneySchedule schedule,
    JourneyLimits limits,
    Boolean localTime,
    QuietTime quietTime,
    Boolean waitForQuietTime,
    String refreshFrequency,
    Boolean refreshOnSegmentUpdate,
    Boolean sendingSchedule,
    OpenHours openHours,
    ClosedDays closedDays,
    List<TimezoneEstimationMethod> timezoneEstimationMethods,
    JourneyChannelSettings journeyChannelSettings) {

  /** Copies the collections (null elements stay, for the validator), keeping the activities' order. */
  public JourneyDefinition {
    activities = activities == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(activities));
    timezoneEstimationMethods = timezoneEstimationMethods == null ? null
        : Collections.unmodifiableList(new ArrayList<>(timezoneEstimationMethods));
  }

  /** Pinpoint's {@code __TimezoneEstimationMethodsElement} enum. */
  public enum TimezoneEstimationMethod { PHONE_NUMBER, POSTAL_CODE }

  /** The definition with another name only (for tests and callers that clone a journey). */
  public JourneyDefinition withName(String newName) {
    return new JourneyDefinition(newName, activities, startActivity, startCondition, schedule, limits, localTime,
        quietTime, waitForQuietTime, refreshFrequency, refreshOnSegmentUpdate, sendingSchedule, openHours,
        closedDays, timezoneEstimationMethods, journeyChannelSettings);
  }

  /** Whether {@code other} has the same activity graph (activities and start), the part ACTIVE freezes. */
  public boolean sameActivities(JourneyDefinition other) {
    return activities.equals(other.activities) && Objects.equals(startActivity, other.startActivity);
  }
}
