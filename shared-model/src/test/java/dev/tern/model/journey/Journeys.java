package dev.tern.model.journey;

import dev.tern.model.app.QuietTime;
import dev.tern.model.journey.Condition.EventCondition;
import dev.tern.model.journey.Condition.SegmentCondition;
import dev.tern.model.journey.Condition.SimpleCondition;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/** Journey definitions for tests: a publishable one touching every activity type, and ways to bend it. */
final class Journeys {

  static final String SEGMENT = "5f0c6c9e1c4b4d2f8a7e3b2c1d0e9f8a";

  private Journeys() {}

  /**
   * start(EMAIL) → wait(1 day) → split(opened start?) → yes: sms → holdout → end; no: multi → push | custom
   * → random(50/50) → contact / end.
   */
  static Map<String, Activity> activities() {
    Map<String, Activity> a = new LinkedHashMap<>();
    a.put("start", new Activity.Email("Welcome", "welcome", null, "shop@example.com", "wait"));
    a.put("wait", new Activity.Wait(null, new WaitTime("P1D", null), "opened"));
    a.put("opened", new Activity.ConditionalSplit(null,
        new Condition(List.of(new SimpleCondition(new EventCondition(dims(), "start"), null, null)), Condition.Operator.ALL),
        new WaitTime("PT12H", null), "sms", "multi"));
    a.put("sms", new Activity.Sms(null, "reminder", "2",
        new Activity.SmsConfig(Activity.MessageType.PROMOTIONAL, null, null, null, null), "holdout"));
    a.put("holdout", new Activity.Holdout(null, 10, null));
    a.put("multi", new Activity.MultiCondition(null, List.of(
        new Activity.MultiConditionalBranch(new SimpleCondition(null, new SegmentCondition(SEGMENT), null), "push")),
        "custom", null));
    a.put("push", new Activity.Push(null, "nudge", null, "3600", null));
    a.put("custom", new Activity.Custom(null, "https://hooks.example.com/tern", null, "{}", null, null, "random"));
    a.put("random", new Activity.RandomSplit(null, List.of(
        new Activity.RandomSplitEntry("contact", 50), new Activity.RandomSplitEntry(null, 50))));
    a.put("contact", new Activity.ContactCenter(null, null));
    return a;
  }

  /** A definition that can be published. */
  static JourneyDefinition valid() {
    return new JourneyDefinition("Onboarding_v1", activities(), "start",
        new StartCondition(null, null, new SegmentCondition(SEGMENT)),
        new JourneySchedule("2026-12-01T00:00:00Z", "2027-01-01T00:00:00Z", "UTC+05:30"),
        new JourneyLimits(5, 0, 100, "PT1H", null, 10), false, new QuietTime("08:00", "22:00"), true,
        "PT6H", false, null, null, null, null,
        new JourneyChannelSettings("arn:aws:connect:us-east-1:123456789012:instance/x/campaign/y", null));
  }

  /** A draft holding only a name. */
  static JourneyDefinition named(String name) {
    return new JourneyDefinition(name, null, null, null, null, null, null, null, null, null, null, null, null, null,
        null, null);
  }

  static OpaqueDimensions dims() {
    return new OpaqueDimensions("{\"EventType\":{\"Values\":[\"_email.opened\"]}}");
  }

  /** {@link #valid()} with activity {@code id} replaced by {@code activity} (removed when null). */
  static JourneyDefinition withActivity(String id, Activity activity) {
    return withActivities(all -> {
      if (activity == null) {
        all.remove(id);
      } else {
        all.put(id, activity);
      }
      return all;
    });
  }

  static JourneyDefinition withActivities(UnaryOperator<Map<String, Activity>> change) {
    JourneyDefinition v = valid();
    Map<String, Activity> all = change.apply(new LinkedHashMap<>(v.activities()));
    return new JourneyDefinition(v.name(), all, v.startActivity(), v.startCondition(), v.schedule(), v.limits(),
        v.localTime(), v.quietTime(), v.waitForQuietTime(), v.refreshFrequency(), v.refreshOnSegmentUpdate(),
        v.sendingSchedule(), v.openHours(), v.closedDays(), v.timezoneEstimationMethods(), v.journeyChannelSettings());
  }

  /** A mutable copy of a definition, for tests that bend one member. */
  static final class Edit {
    String name;
    Map<String, Activity> activities;
    String startActivity;
    StartCondition startCondition;
    JourneySchedule schedule;
    JourneyLimits limits;
    Boolean localTime;
    QuietTime quietTime;
    Boolean waitForQuietTime;
    String refreshFrequency;
    Boolean refreshOnSegmentUpdate;
    Boolean sendingSchedule;
    SendingSchedule.OpenHours openHours;
    SendingSchedule.ClosedDays closedDays;
    List<JourneyDefinition.TimezoneEstimationMethod> timezoneEstimationMethods;
    JourneyChannelSettings channelSettings;

    Edit(JourneyDefinition v) {
      name = v.name();
      activities = new LinkedHashMap<>(v.activities());
      startActivity = v.startActivity();
      startCondition = v.startCondition();
      schedule = v.schedule();
      limits = v.limits();
      localTime = v.localTime();
      quietTime = v.quietTime();
      waitForQuietTime = v.waitForQuietTime();
      refreshFrequency = v.refreshFrequency();
      refreshOnSegmentUpdate = v.refreshOnSegmentUpdate();
      sendingSchedule = v.sendingSchedule();
      openHours = v.openHours();
      closedDays = v.closedDays();
      timezoneEstimationMethods = v.timezoneEstimationMethods();
      channelSettings = v.journeyChannelSettings();
    }

    JourneyDefinition build() {
      return new JourneyDefinition(name, activities, startActivity, startCondition, schedule, limits, localTime,
          quietTime, waitForQuietTime, refreshFrequency, refreshOnSegmentUpdate, sendingSchedule, openHours,
          closedDays, timezoneEstimationMethods, channelSettings);
    }
  }

  /** {@link #valid()} changed by {@code change}. */
  static JourneyDefinition edit(java.util.function.Consumer<Edit> change) {
    Edit e = new Edit(valid());
    change.accept(e);
    return e.build();
  }
}
