package dev.tern.model.journey;

import dev.tern.model.app.AppSettingsPolicy;
import dev.tern.model.app.JourneyTimeframeCap;
import dev.tern.model.common.BadRequestException;
import dev.tern.model.endpoint.Violation;
import dev.tern.model.endpoint.WireValues;
import dev.tern.model.journey.Condition.SimpleCondition;
import dev.tern.model.journey.SendingSchedule.ClosedDaysRule;
import dev.tern.model.journey.SendingSchedule.OpenHoursRule;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rules of a journey definition, one named {@link JourneyPolicy} each. {@link #STRUCTURE} applies to
 * every write, drafts included: a draft may be unfinished, but never malformed. {@link #PUBLISH} adds what
 * a journey needs to run, checked when it becomes ACTIVE.
 *
 * <p>Sources: the botocore model's member documentation (name ≤150 characters without spaces; activity ids
 * ≤100 and StartActivity ≤128 alphanumeric characters; caps ≤100; JourneySchedule.Timezone values
 * {@code UTC}, {@code UTC+05:30}, …; OpenHours/ClosedDays need SendingSchedule; EventFilter requires
 * FilterType and Dimensions; HoldoutActivity requires Percentage; MultiCondition has at most five paths
 * including the default) and Pinpoint's quotas (≤40 activities, ≤3 contact-center activities, random split
 * 2–5 paths, a journey runs at most 540 days). Tern's own readings, marked [inference]: journeys may not
 * loop (the console builds trees and a loop could keep a participant forever); random split percentages
 * add up to 100; a wait lasts more than zero and at most 540 days (no journey outlives that); MessagesPerSecond
 * is 1..20,000 like a campaign's.
 */
public final class JourneyPolicies {

  /** Pinpoint's quota of activities per journey. */
  public static final int MAX_ACTIVITIES = 40;
  /** Pinpoint's quota of contact-center activities per journey. */
  public static final int MAX_CONTACT_CENTER_ACTIVITIES = 3;
  /** Longest a journey runs, and so the longest meaningful wait. */
  public static final Duration MAX_RUN = Duration.ofDays(540);
  /** Most conditional branches of a MultiCondition: five paths including the default. */
  public static final int MAX_MULTI_CONDITION_BRANCHES = 4;
  /** Fewest and most paths of a RandomSplit. */
  public static final int MIN_RANDOM_BRANCHES = 2;
  /** Most paths of a RandomSplit. */
  public static final int MAX_RANDOM_BRANCHES = 5;

  private static final Pattern ACTIVITY_ID = Pattern.compile("[A-Za-z0-9]{1,100}");
  private static final Pattern START_ACTIVITY = Pattern.compile("[A-Za-z0-9]{1,128}");
  private static final Pattern UTC_OFFSET = Pattern.compile("UTC(?:[+-](?:0\\d|1[0-4])(?::(?:00|30|45))?)?");
  private static final Pattern HH_MM = Pattern.compile("([01]\\d|2[0-3]):[0-5]\\d");

  private JourneyPolicies() {}

  /** Name required, ≤150 characters, no white space. */
  public static final JourneyPolicy NAME = JourneyPolicy.of("name", (d, v) -> {
    if (d.name() == null || d.name().isEmpty()) {
      v.add(new Violation("Name", "is required"));
    } else if (d.name().codePointCount(0, d.name().length()) > 150) {
      v.add(new Violation("Name", "must be at most 150 characters"));
    } else if (d.name().codePoints().anyMatch(Character::isWhitespace)) {
      v.add(new Violation("Name", "must not contain spaces"));
    }
  });

  /** At most {@link #MAX_ACTIVITIES} activities, ids alphanumeric ≤100, at most 3 contact-center ones. */
  public static final JourneyPolicy ACTIVITY_SET = JourneyPolicy.of("activity-set", (d, v) -> {
    if (d.activities().size() > MAX_ACTIVITIES) {
      v.add(new Violation("Activities", "a journey has at most " + MAX_ACTIVITIES + " activities, got "
          + d.activities().size()));
    }
    for (String id : d.activities().keySet()) {
      if (id == null || !ACTIVITY_ID.matcher(id).matches()) {
        v.add(new Violation("Activities", "activity id '" + id + "' must be 1 to 100 alphanumeric characters"));
      }
    }
    if (d.timezoneEstimationMethods() != null && d.timezoneEstimationMethods().contains(null)) {
      v.add(new Violation("TimezoneEstimationMethods", "must not contain null"));
    }
    long contactCenter = d.activities().values().stream().filter(a -> a instanceof Activity.ContactCenter).count();
    if (contactCenter > MAX_CONTACT_CENTER_ACTIVITIES) {
      v.add(new Violation("Activities", "a journey has at most " + MAX_CONTACT_CENTER_ACTIVITIES
          + " ContactCenter activities, got " + contactCenter));
    }
  });

  /** StartActivity and every NextActivity/branch target name an existing activity other than itself. */
  public static final JourneyPolicy REFERENCES = JourneyPolicy.of("references", (d, v) -> {
    if (d.startActivity() != null) {
      if (!START_ACTIVITY.matcher(d.startActivity()).matches()) {
        v.add(new Violation("StartActivity", "must be 1 to 128 alphanumeric characters"));
      } else if (!d.activities().containsKey(d.startActivity())) {
        v.add(new Violation("StartActivity", "references activity '" + d.startActivity() + "', which does not exist"));
      }
    }
    d.activities().forEach((id, activity) -> activity.next().forEach((member, target) -> {
      String field = "Activities." + id + "." + member;
      if (target.equals(id)) {
        v.add(new Violation(field, "an activity cannot lead to itself"));
      } else if (!d.activities().containsKey(target)) {
        v.add(new Violation(field, "references activity '" + target + "', which does not exist"));
      }
    }));
  });

  /** [inference] The activity graph has no loop. */
  public static final JourneyPolicy NO_LOOPS = JourneyPolicy.of("no-loops", (d, v) ->
      findLoop(d.activities()).ifPresent(loop -> v.add(new Violation("Activities",
          "the activities " + String.join(" -> ", loop) + " form a loop; a journey must not loop"))));

  /** Each activity's own members: waits, conditions, branch counts and percentages, template names. */
  public static final JourneyPolicy ACTIVITY_SETTINGS = JourneyPolicy.of("activity-settings", (d, v) ->
      d.activities().forEach((id, activity) -> activity.accept(new SettingsCheck("Activities." + id, d, v))));

  /** StartCondition: one kind of start, with its required members. */
  public static final JourneyPolicy START_CONDITION = JourneyPolicy.of("start-condition", (d, v) -> {
    StartCondition start = d.startCondition();
    if (start == null) {
      return;
    }
    if (start.eventStartCondition() != null && start.segmentStartCondition() != null) {
      v.add(new Violation("StartCondition", "set either SegmentStartCondition or EventStartCondition, not both"));
    }
    if (start.segmentStartCondition() != null && blank(start.segmentStartCondition().segmentId())) {
      v.add(new Violation("StartCondition.SegmentStartCondition.SegmentId", "is required"));
    }
    StartCondition.EventStartCondition event = start.eventStartCondition();
    if (event != null) {
      if (event.eventFilter() == null) {
        v.add(new Violation("StartCondition.EventStartCondition.EventFilter", "is required"));
      } else {
        if (event.eventFilter().filterType() == null) {
          v.add(new Violation("StartCondition.EventStartCondition.EventFilter.FilterType", "is required"));
        }
        if (event.eventFilter().dimensions() == null) {
          v.add(new Violation("StartCondition.EventStartCondition.EventFilter.Dimensions", "is required"));
        }
      }
    }
  });

  /** Limits: caps 0..100, TimeframeCap days 0..30, MessagesPerSecond 1..20,000, a positive re-entry interval. */
  public static final JourneyPolicy LIMITS = JourneyPolicy.of("limits", (d, v) -> {
    JourneyLimits limits = d.limits();
    if (limits == null) {
      return;
    }
    range("Limits.DailyCap", limits.dailyCap(), 0, 100, v);
    range("Limits.EndpointReentryCap", limits.endpointReentryCap(), 0, 100, v);
    range("Limits.TotalCap", limits.totalCap(), 0, 100, v);
    range("Limits.MessagesPerSecond", limits.messagesPerSecond(), 1, 20_000, v);
    JourneyTimeframeCap timeframe = limits.timeframeCap();
    if (timeframe != null) {
      range("Limits.TimeframeCap.Cap", timeframe.cap(), 0, 100, v);
      range("Limits.TimeframeCap.Days", timeframe.days(), 0, 30, v);
    }
    positiveDuration("Limits.EndpointReentryInterval", limits.endpointReentryInterval(), v);
  });

  /** Schedule: instants, end after start, at most 540 days apart, a UTC offset time zone. */
  public static final JourneyPolicy SCHEDULE = JourneyPolicy.of("schedule", (d, v) -> {
    JourneySchedule schedule = d.schedule();
    if (schedule == null) {
      return;
    }
    Instant start = WireValues.instant(schedule.startTime(), "Schedule.StartTime", v);
    Instant end = WireValues.instant(schedule.endTime(), "Schedule.EndTime", v);
    if (start != null && end != null) {
      if (!end.isAfter(start)) {
        v.add(new Violation("Schedule.EndTime", "must be after Schedule.StartTime"));
      } else if (Duration.between(start, end).compareTo(MAX_RUN) > 0) {
        v.add(new Violation("Schedule.EndTime", "a journey runs at most 540 days after its start"));
      }
    }
    if (schedule.timezone() != null && !UTC_OFFSET.matcher(schedule.timezone()).matches()) {
      v.add(new Violation("Schedule.Timezone", "must be UTC or a UTC offset such as UTC+05:30, got '"
          + schedule.timezone() + "'"));
    }
  });

  /** QuietTime as for apps; RefreshFrequency a positive duration; OpenHours/ClosedDays need SendingSchedule. */
  public static final JourneyPolicy SENDING_RULES = JourneyPolicy.of("sending-rules", (d, v) -> {
    if (d.quietTime() != null) {
      try {
        AppSettingsPolicy.checkQuietTime(d.quietTime());
      } catch (BadRequestException e) {
        v.add(new Violation("QuietTime", e.getMessage()));
      }
    }
    positiveDuration("RefreshFrequency", d.refreshFrequency(), v);
    boolean schedule = Boolean.TRUE.equals(d.sendingSchedule());
    if (d.openHours() != null && !d.openHours().channels().isEmpty()) {
      if (!schedule) {
        v.add(new Violation("OpenHours", "needs SendingSchedule set to true"));
      }
      d.openHours().channels().forEach((channel, days) -> days.forEach((day, rules) -> {
        for (int i = 0; rules != null && i < rules.size(); i++) {
          openHoursRule("OpenHours." + channel + "." + day + "[" + i + "]", rules.get(i), v);
        }
      }));
    }
    if (d.closedDays() != null && !d.closedDays().channels().isEmpty()) {
      if (!schedule) {
        v.add(new Violation("ClosedDays", "needs SendingSchedule set to true"));
      }
      d.closedDays().channels().forEach((channel, rules) -> {
        for (int i = 0; rules != null && i < rules.size(); i++) {
          closedDaysRule("ClosedDays." + channel + "[" + i + "]", rules.get(i), v);
        }
      });
    }
  });

  /** Publishing: a start condition, a start activity, at least one activity. */
  public static final JourneyPolicy RUNNABLE = JourneyPolicy.of("runnable", (d, v) -> {
    StartCondition start = d.startCondition();
    if (start == null || (start.segmentStartCondition() == null && start.eventStartCondition() == null)) {
      v.add(new Violation("StartCondition", "a journey needs a SegmentStartCondition or an EventStartCondition"
          + " to be published"));
    }
    if (d.activities().isEmpty()) {
      v.add(new Violation("Activities", "a journey needs at least one activity to be published"));
    }
    if (d.startActivity() == null) {
      v.add(new Violation("StartActivity", "is required to publish a journey"));
    }
  });

  /** Publishing: every activity can be reached from StartActivity (an unreachable one could never run). */
  public static final JourneyPolicy ALL_REACHABLE = JourneyPolicy.of("all-reachable", (d, v) -> {
    if (d.startActivity() == null || !d.activities().containsKey(d.startActivity())) {
      return; // reported by RUNNABLE or REFERENCES
    }
    Set<String> reached = new HashSet<>();
    Deque<String> todo = new ArrayDeque<>(List.of(d.startActivity()));
    while (!todo.isEmpty()) {
      String id = todo.pop();
      Activity activity = d.activities().get(id);
      if (activity != null && reached.add(id)) {
        todo.addAll(Activity.targets(activity));
      }
    }
    d.activities().keySet().stream().filter(id -> !reached.contains(id)).forEach(id ->
        v.add(new Violation("Activities." + id, "cannot be reached from StartActivity '" + d.startActivity() + "'")));
  });

  /** Publishing: message activities name a template, CUSTOM a DeliveryUri, ContactCenter a Connect campaign. */
  public static final JourneyPolicy DELIVERABLE = JourneyPolicy.of("deliverable", (d, v) ->
      d.activities().forEach((id, activity) -> {
        String field = "Activities." + id + "." + activity.type();
        if (activity instanceof Activity.Custom custom) {
          if (blank(custom.deliveryUri())) {
            v.add(new Violation(field + ".DeliveryUri", "is required to publish a journey"));
          }
        } else if (activity instanceof Activity.Message message && blank(message.templateName())) {
          v.add(new Violation(field + ".TemplateName", "is required to publish a journey"));
        }
        if (activity instanceof Activity.ContactCenter && (d.journeyChannelSettings() == null
            || blank(d.journeyChannelSettings().connectCampaignArn()))) {
          v.add(new Violation("JourneyChannelSettings.ConnectCampaignArn",
              "is required to publish a journey with a ContactCenter activity"));
        }
      }));

  /** What every write must satisfy, drafts included. */
  public static final List<JourneyPolicy> STRUCTURE = List.of(
      NAME, ACTIVITY_SET, REFERENCES, NO_LOOPS, ACTIVITY_SETTINGS, START_CONDITION, LIMITS, SCHEDULE, SENDING_RULES);

  /** What a journey must also satisfy to be published (made ACTIVE). */
  public static final List<JourneyPolicy> PUBLISH = List.of(RUNNABLE, ALL_REACHABLE, DELIVERABLE);

  /**
   * A loop among the activities as the ids along it (first id repeated at the end), if any. Iterative
   * depth-first search with an explicit stack, each activity entered once: linear in activities and links,
   * and no recursion a long chain could overflow (a 7 MB body holds ~100,000 activities; the validator
   * refuses more than 40, but this must not be what breaks first).
   */
  static Optional<List<String>> findLoop(Map<String, Activity> activities) {
    Map<String, Integer> colour = new HashMap<>(); // absent: unvisited, 1: on the current path, 2: done
    for (String root : activities.keySet()) {
      if (colour.containsKey(root)) {
        continue;
      }
      List<String> path = new ArrayList<>();
      Map<String, Integer> onPath = new HashMap<>(); // id -> index in path, for the loop's slice
      Deque<Iterator<String>> pending = new ArrayDeque<>();
      enter(root, activities, colour, path, onPath, pending);
      while (!pending.isEmpty()) {
        Iterator<String> next = pending.peek();
        if (!next.hasNext()) {
          pending.pop();
          String done = path.remove(path.size() - 1);
          onPath.remove(done);
          colour.put(done, 2);
          continue;
        }
        String target = next.next();
        Integer c = colour.get(target);
        if (target.equals(path.get(path.size() - 1)) || !activities.containsKey(target) || Integer.valueOf(2).equals(c)) {
          continue; // self-references and dangling targets are REFERENCES' to report
        }
        if (Integer.valueOf(1).equals(c)) {
          List<String> loop = new ArrayList<>(path.subList(onPath.get(target), path.size()));
          loop.add(target);
          return Optional.of(loop);
        }
        enter(target, activities, colour, path, onPath, pending);
      }
    }
    return Optional.empty();
  }

  private static void enter(String id, Map<String, Activity> activities, Map<String, Integer> colour,
      List<String> path, Map<String, Integer> onPath, Deque<Iterator<String>> pending) {
    colour.put(id, 1);
    onPath.put(id, path.size());
    path.add(id);
    pending.push(Activity.targets(activities.get(id)).iterator());
  }

  /** Per-type checks of one activity, adding violations under {@code field}. */
  private static final class SettingsCheck implements Activity.Cases<Void> {
    private final String field;
    private final JourneyDefinition definition;
    private final List<Violation> v;

    SettingsCheck(String field, JourneyDefinition definition, List<Violation> v) {
      this.field = field;
      this.definition = definition;
      this.v = v;
    }

    @Override
    public Void email(Activity.Email a) {
      template(field + ".EMAIL", a);
      return null;
    }

    @Override
    public Void sms(Activity.Sms a) {
      template(field + ".SMS", a);
      return null;
    }

    @Override
    public Void push(Activity.Push a) {
      template(field + ".PUSH", a);
      if (a.timeToLive() != null && !a.timeToLive().matches("\\d{1,10}")) {
        v.add(new Violation(field + ".PUSH.MessageConfig.TimeToLive", "must be a number of seconds"));
      }
      return null;
    }

    @Override
    public Void custom(Activity.Custom a) {
      template(field + ".CUSTOM", a);
      String uri = a.deliveryUri();
      if (uri != null && !(uri.startsWith("https://") || uri.startsWith("arn:") || uri.matches("[A-Za-z0-9_-]{1,64}"))) {
        v.add(new Violation(field + ".CUSTOM.DeliveryUri",
            "must be an HTTPS URL or the name or ARN of a Lambda function"));
      }
      if (a.endpointTypes() != null && (a.endpointTypes().isEmpty() || a.endpointTypes().contains(null))) {
        v.add(new Violation(field + ".CUSTOM.EndpointTypes", "must name one or more endpoint types when present"));
      }
      return null;
    }

    @Override
    public Void contactCenter(Activity.ContactCenter a) {
      return null;
    }

    @Override
    public Void waitActivity(Activity.Wait a) {
      if (a.waitTime() == null) {
        v.add(new Violation(field + ".Wait.WaitTime", "is required"));
      } else {
        waitTime(field + ".Wait.WaitTime", a.waitTime(), v);
      }
      return null;
    }

    @Override
    public Void conditionalSplit(Activity.ConditionalSplit a) {
      String path = field + ".ConditionalSplit";
      if (a.condition() == null || a.condition().conditions() == null || a.condition().conditions().isEmpty()) {
        v.add(new Violation(path + ".Condition.Conditions", "needs at least one condition"));
      } else {
        List<SimpleCondition> conditions = a.condition().conditions();
        for (int i = 0; i < conditions.size(); i++) {
          if (conditions.get(i) == null) {
            v.add(new Violation(path + ".Condition.Conditions[" + i + "]", "is required"));
          } else {
            simpleCondition(path + ".Condition.Conditions[" + i + "]", conditions.get(i));
          }
        }
        if (conditions.size() > 1 && a.condition().operator() == null) {
          v.add(new Violation(path + ".Condition.Operator", "is required to join more than one condition"));
        }
      }
      if (a.evaluationWaitTime() != null) {
        waitTime(path + ".EvaluationWaitTime", a.evaluationWaitTime(), v);
      }
      return null;
    }

    @Override
    public Void multiCondition(Activity.MultiCondition a) {
      String path = field + ".MultiCondition";
      List<Activity.MultiConditionalBranch> branches = a.branches();
      if (branches == null || branches.isEmpty() || branches.size() > MAX_MULTI_CONDITION_BRANCHES) {
        v.add(new Violation(path + ".Branches", "needs 1 to " + MAX_MULTI_CONDITION_BRANCHES
            + " branches (five paths with the default), got " + (branches == null ? 0 : branches.size())));
      }
      for (int i = 0; branches != null && i < branches.size(); i++) {
        if (branches.get(i) == null || branches.get(i).condition() == null) {
          v.add(new Violation(path + ".Branches[" + i + "].Condition", "is required"));
        } else {
          simpleCondition(path + ".Branches[" + i + "].Condition", branches.get(i).condition());
        }
      }
      if (a.evaluationWaitTime() != null) {
        waitTime(path + ".EvaluationWaitTime", a.evaluationWaitTime(), v);
      }
      return null;
    }

    @Override
    public Void randomSplit(Activity.RandomSplit a) {
      String path = field + ".RandomSplit.Branches";
      List<Activity.RandomSplitEntry> branches = a.branches();
      int count = branches == null ? 0 : branches.size();
      if (count < MIN_RANDOM_BRANCHES || count > MAX_RANDOM_BRANCHES) {
        v.add(new Violation(path, "needs " + MIN_RANDOM_BRANCHES + " to " + MAX_RANDOM_BRANCHES
            + " branches, got " + count));
      }
      int total = 0;
      boolean complete = true;
      for (int i = 0; i < count; i++) {
        Integer percentage = branches.get(i) == null ? null : branches.get(i).percentage();
        if (percentage == null) {
          v.add(new Violation(path + "[" + i + "].Percentage", "is required"));
          complete = false;
        } else if (percentage < 0 || percentage > 100) {
          v.add(new Violation(path + "[" + i + "].Percentage", "must be between 0 and 100, got " + percentage));
          complete = false;
        } else {
          total += percentage;
        }
      }
      if (complete && count > 0 && total != 100) {
        v.add(new Violation(path, "percentages must add up to 100, got " + total));
      }
      return null;
    }

    @Override
    public Void holdout(Activity.Holdout a) {
      if (a.percentage() == null) {
        v.add(new Violation(field + ".Holdout.Percentage", "is required"));
      } else {
        range(field + ".Holdout.Percentage", a.percentage(), 0, 100, v);
      }
      return null;
    }

    private void template(String path, Activity.Message message) {
      if (message.templateVersion() != null && blank(message.templateName())) {
        v.add(new Violation(path + ".TemplateVersion", "needs a TemplateName"));
      }
    }

    private void simpleCondition(String path, SimpleCondition condition) {
      int kinds = (condition.eventCondition() != null ? 1 : 0) + (condition.segmentCondition() != null ? 1 : 0)
          + (condition.segmentDimensions() != null ? 1 : 0);
      if (kinds != 1) {
        v.add(new Violation(path, "set exactly one of EventCondition, SegmentCondition, segmentDimensions; got "
            + kinds));
      }
      if (condition.segmentCondition() != null && blank(condition.segmentCondition().segmentId())) {
        v.add(new Violation(path + ".SegmentCondition.SegmentId", "is required"));
      }
      Condition.EventCondition event = condition.eventCondition();
      if (event != null && event.messageActivity() != null) {
        Activity target = definition.activities().get(event.messageActivity());
        if (!(target instanceof Activity.Message)) {
          v.add(new Violation(path + ".EventCondition.MessageActivity", "references '" + event.messageActivity()
              + "', which is not a message activity of this journey"));
        }
      }
    }
  }

  private static void waitTime(String field, WaitTime wait, List<Violation> v) {
    boolean hasFor = wait.waitFor() != null;
    boolean hasUntil = wait.waitUntil() != null;
    if (hasFor == hasUntil) {
      v.add(new Violation(field, "set exactly one of WaitFor and WaitUntil"));
      return;
    }
    if (hasFor) {
      Optional<Duration> d = IsoDurations.parse(wait.waitFor());
      if (d.isEmpty()) {
        v.add(new Violation(field + ".WaitFor", "must be an ISO-8601 duration such as PT1H, got '" + wait.waitFor() + "'"));
      } else if (d.get().isZero() || d.get().compareTo(MAX_RUN) > 0) {
        v.add(new Violation(field + ".WaitFor", "must be more than zero and at most 540 days"));
      }
    } else {
      WireValues.instant(wait.waitUntil(), field + ".WaitUntil", v);
    }
  }

  private static void positiveDuration(String field, String text, List<Violation> v) {
    if (text == null) {
      return;
    }
    Optional<Duration> d = IsoDurations.parse(text);
    if (d.isEmpty() || d.get().isZero()) {
      v.add(new Violation(field, "must be a positive ISO-8601 duration such as PT1H, got '" + text + "'"));
    }
  }

  private static void openHoursRule(String field, OpenHoursRule rule, List<Violation> v) {
    if (rule == null || rule.startTime() == null || !HH_MM.matcher(rule.startTime()).matches()) {
      v.add(new Violation(field + ".StartTime", "must be HH:MM on a 24-hour clock"));
    } else if (rule.endTime() == null || !HH_MM.matcher(rule.endTime()).matches()) {
      v.add(new Violation(field + ".EndTime", "must be HH:MM on a 24-hour clock"));
    } else if (rule.endTime().compareTo(rule.startTime()) <= 0) {
      v.add(new Violation(field + ".EndTime", "must be after StartTime"));
    }
  }

  private static void closedDaysRule(String field, ClosedDaysRule rule, List<Violation> v) {
    if (rule == null) {
      v.add(new Violation(field, "is required"));
      return;
    }
    Instant start = WireValues.instant(rule.startDateTime(), field + ".StartDateTime", v);
    Instant end = WireValues.instant(rule.endDateTime(), field + ".EndDateTime", v);
    if (start == null && rule.startDateTime() == null) {
      v.add(new Violation(field + ".StartDateTime", "is required"));
    }
    if (end == null && rule.endDateTime() == null) {
      v.add(new Violation(field + ".EndDateTime", "is required"));
    }
    if (start != null && end != null && !end.isAfter(start)) {
      v.add(new Violation(field + ".EndDateTime", "must be after StartDateTime"));
    }
  }

  private static void range(String field, Integer value, int min, int max, List<Violation> v) {
    if (value != null && (value < min || value > max)) {
      v.add(new Violation(field, "must be between " + min + " and " + max + ", got " + value));
    }
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
