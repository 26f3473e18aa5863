package dev.tern.model.journey;

import static dev.tern.model.journey.Journeys.edit;
import static dev.tern.model.journey.Journeys.withActivity;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tern.model.app.JourneyTimeframeCap;
import dev.tern.model.app.QuietTime;
import dev.tern.model.common.BadRequestException;
import dev.tern.model.endpoint.Violation;
import dev.tern.model.journey.Condition.SegmentCondition;
import dev.tern.model.journey.Condition.SimpleCondition;
import dev.tern.model.journey.SendingSchedule.Channel;
import dev.tern.model.journey.SendingSchedule.ClosedDaysRule;
import dev.tern.model.journey.SendingSchedule.OpenHoursRule;
import java.time.DayOfWeek;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class JourneyValidatorTest {

  @Test
  void theFullJourneyCanBeSavedAndPublished() {
    assertEquals(List.of(), JourneyValidator.validate(Journeys.valid(), JourneyState.DRAFT));
    assertEquals(List.of(), JourneyValidator.validate(Journeys.valid(), JourneyState.ACTIVE));
  }

  @Test
  void aDraftMayBeUnfinishedButNotPublished() {
    JourneyDefinition draft = Journeys.named("Later");
    assertEquals(List.of(), JourneyValidator.validate(draft, JourneyState.DRAFT));
    List<String> fields = JourneyValidator.validate(draft, JourneyState.ACTIVE).stream().map(Violation::field).toList();
    assertEquals(List.of("StartCondition", "Activities", "StartActivity"), fields);
  }

  @Test
  void theErrorNamesEveryProblem() {
    JourneyDefinition bad = edit(e -> {
      e.name = "has space";
      e.startActivity = "nowhere";
    });
    var error = assertThrows(BadRequestException.class, () -> JourneyValidator.check(bad, JourneyState.DRAFT));
    assertEquals("Invalid journey: Name: must not contain spaces; StartActivity: references activity 'nowhere',"
        + " which does not exist", error.getMessage());
  }

  /** A chain of {@code n} waits a0 -> a1 -> ... (closed into a loop back to a0 when {@code loop}). */
  static JourneyDefinition chain(int n, boolean loop) {
    Map<String, Activity> chain = new java.util.LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      String next = i + 1 < n ? "a" + (i + 1) : loop ? "a0" : null;
      chain.put("a" + i, new Activity.Wait(null, new WaitTime("P1D", null), next));
    }
    return Journeys.withActivities(a -> chain).withName("chain");
  }

  @Test
  void aHugeJourneyIsRefusedForItsSizeAloneAndQuickly() {
    // 100,000 chained activities fit in a 7 MB body; the recursive loop search overflowed the stack (a 500).
    JourneyDefinition huge = chain(100_000, true);
    List<Violation> violations = assertTimeoutPreemptively(java.time.Duration.ofSeconds(5),
        () -> JourneyValidator.validate(huge, JourneyState.ACTIVE));
    assertEquals(List.of(new Violation("Activities", "a journey has at most 40 activities, got 100000")), violations);
  }

  @Test
  void loopSearchIsIterativeAndLinear() {
    // Below the validator's cap the policy is still called directly on any graph (e.g. by tests, by tools).
    assertEquals(java.util.Optional.empty(), JourneyPolicies.findLoop(chain(200_000, false).activities()));
    List<String> loop = assertTimeoutPreemptively(java.time.Duration.ofSeconds(5),
        () -> JourneyPolicies.findLoop(chain(200_000, true).activities())).orElseThrow();
    assertEquals(200_001, loop.size());
    assertEquals("a0", loop.get(0));
    assertEquals("a0", loop.get(loop.size() - 1));
  }

  @Test
  void aLoopIsNamedAlongItsPath() {
    JourneyDefinition looped = chain(4, true);
    var error = assertThrows(BadRequestException.class, () -> JourneyValidator.check(looped, JourneyState.DRAFT));
    assertTrue(error.getMessage().contains("the activities a0 -> a1 -> a2 -> a3 -> a0 form a loop"), error.getMessage());
  }

  /** Broken for every state: (case, definition, expected field, part of the reason). */
  static Stream<Arguments> structure() {
    return Stream.of(
        Arguments.of("no name", edit(e -> e.name = null), "Name", "required"),
        Arguments.of("long name", edit(e -> e.name = "n".repeat(151)), "Name", "150"),
        Arguments.of("41 activities", edit(e -> {
          e.activities.clear();
          for (int i = 0; i < 41; i++) {
            e.activities.put("a" + i, new Activity.Holdout(null, 1, i < 40 ? "a" + (i + 1) : null));
          }
          e.startActivity = "a0";
        }), "Activities", "at most 40"),
        Arguments.of("activity id with dash", withActivity("bad-id", new Activity.Holdout(null, 5, null)),
            "Activities", "'bad-id' must be 1 to 100 alphanumeric"),
        Arguments.of("four contact centers", edit(e -> {
          for (int i = 1; i <= 3; i++) {
            e.activities.put("cc" + i, new Activity.ContactCenter(null, null));
          }
        }), "Activities", "at most 3 ContactCenter"),
        Arguments.of("dangling NextActivity", withActivity("push", new Activity.Push(null, "nudge", null, null, "ghost")),
            "Activities.push.PUSH.NextActivity", "'ghost', which does not exist"),
        Arguments.of("dangling split branch", withActivity("opened", new Activity.ConditionalSplit(null,
            new Condition(List.of(new SimpleCondition(null, new SegmentCondition("s"), null)), null), null, "sms", "nope")),
            "Activities.opened.ConditionalSplit.FalseActivity", "'nope'"),
        Arguments.of("dangling multi default", withActivity("multi", new Activity.MultiCondition(null, List.of(
            new Activity.MultiConditionalBranch(new SimpleCondition(null, new SegmentCondition("s"), null), "push")),
            "ghost", null)), "Activities.multi.MultiCondition.DefaultActivity", "'ghost'"),
        Arguments.of("dangling random branch", withActivity("random", new Activity.RandomSplit(null, List.of(
            new Activity.RandomSplitEntry("contact", 50), new Activity.RandomSplitEntry("ghost", 50)))),
            "Activities.random.RandomSplit.Branches[1].NextActivity", "'ghost'"),
        Arguments.of("self reference", withActivity("holdout", new Activity.Holdout(null, 5, "holdout")),
            "Activities.holdout.Holdout.NextActivity", "itself"),
        Arguments.of("loop", withActivity("holdout", new Activity.Holdout(null, 5, "wait")),
            "Activities", "wait -> opened -> sms -> holdout -> wait form a loop"),
        Arguments.of("dangling start", edit(e -> e.startActivity = "ghost"), "StartActivity", "does not exist"),
        Arguments.of("wait without time", withActivity("wait", new Activity.Wait(null, null, "opened")),
            "Activities.wait.Wait.WaitTime", "required"),
        Arguments.of("wait both ways", withActivity("wait", new Activity.Wait(null,
            new WaitTime("PT1H", "2026-12-01T00:00:00Z"), "opened")), "Activities.wait.Wait.WaitTime", "exactly one"),
        Arguments.of("wait not a duration", withActivity("wait", new Activity.Wait(null, new WaitTime("1 day", null),
            "opened")), "Activities.wait.Wait.WaitTime.WaitFor", "ISO-8601 duration"),
        Arguments.of("wait zero", withActivity("wait", new Activity.Wait(null, new WaitTime("PT0S", null), "opened")),
            "Activities.wait.Wait.WaitTime.WaitFor", "more than zero"),
        Arguments.of("wait too long", withActivity("wait", new Activity.Wait(null, new WaitTime("P541D", null),
            "opened")), "Activities.wait.Wait.WaitTime.WaitFor", "540 days"),
        Arguments.of("wait until garbage", withActivity("wait", new Activity.Wait(null, new WaitTime(null, "soon"),
            "opened")), "Activities.wait.Wait.WaitTime.WaitUntil", "ISO-8601"),
        Arguments.of("split without conditions", withActivity("opened", new Activity.ConditionalSplit(null,
            new Condition(List.of(), Condition.Operator.ALL), null, "sms", "multi")),
            "Activities.opened.ConditionalSplit.Condition.Conditions", "at least one"),
        Arguments.of("two conditions, no operator", withActivity("opened", new Activity.ConditionalSplit(null,
            new Condition(List.of(new SimpleCondition(null, new SegmentCondition("a"), null),
                new SimpleCondition(null, new SegmentCondition("b"), null)), null), null, "sms", "multi")),
            "Activities.opened.ConditionalSplit.Condition.Operator", "required"),
        Arguments.of("condition of two kinds", withActivity("opened", new Activity.ConditionalSplit(null,
            new Condition(List.of(new SimpleCondition(null, new SegmentCondition("a"), Journeys.dims())), null), null,
            "sms", "multi")), "Activities.opened.ConditionalSplit.Condition.Conditions[0]", "exactly one"),
        Arguments.of("event condition on a non-message", withActivity("opened", new Activity.ConditionalSplit(null,
            new Condition(List.of(new SimpleCondition(new Condition.EventCondition(Journeys.dims(), "wait"), null, null)),
                null), null, "sms", "multi")),
            "Activities.opened.ConditionalSplit.Condition.Conditions[0].EventCondition.MessageActivity", "not a message"),
        Arguments.of("five multi branches", withActivity("multi", new Activity.MultiCondition(null,
            java.util.Collections.nCopies(5, new Activity.MultiConditionalBranch(
                new SimpleCondition(null, new SegmentCondition("s"), null), "push")), "custom", null)),
            "Activities.multi.MultiCondition.Branches", "1 to 4"),
        Arguments.of("null random branch", withActivity("random", new Activity.RandomSplit(null,
            java.util.Arrays.asList(new Activity.RandomSplitEntry("contact", 50), null))),
            "Activities.random.RandomSplit.Branches[1].Percentage", "required"),
        Arguments.of("null multi branch", withActivity("multi", new Activity.MultiCondition(null,
            java.util.Arrays.asList((Activity.MultiConditionalBranch) null), "custom", null)),
            "Activities.multi.MultiCondition.Branches[0].Condition", "required"),
        Arguments.of("one random branch", withActivity("random", new Activity.RandomSplit(null, List.of(
            new Activity.RandomSplitEntry("contact", 100)))), "Activities.random.RandomSplit.Branches", "2 to 5"),
        Arguments.of("random not 100", withActivity("random", new Activity.RandomSplit(null, List.of(
            new Activity.RandomSplitEntry("contact", 50), new Activity.RandomSplitEntry(null, 40)))),
            "Activities.random.RandomSplit.Branches", "add up to 100, got 90"),
        Arguments.of("random without percentage", withActivity("random", new Activity.RandomSplit(null, List.of(
            new Activity.RandomSplitEntry("contact", 50), new Activity.RandomSplitEntry(null, null)))),
            "Activities.random.RandomSplit.Branches[1].Percentage", "required"),
        Arguments.of("holdout without percentage", withActivity("holdout", new Activity.Holdout(null, null, null)),
            "Activities.holdout.Holdout.Percentage", "required"),
        Arguments.of("holdout 101", withActivity("holdout", new Activity.Holdout(null, 101, null)),
            "Activities.holdout.Holdout.Percentage", "between 0 and 100"),
        Arguments.of("version without template", withActivity("push", new Activity.Push(null, null, "3", null, null)),
            "Activities.push.PUSH.TemplateVersion", "needs a TemplateName"),
        Arguments.of("push ttl text", withActivity("push", new Activity.Push(null, "nudge", null, "1h", null)),
            "Activities.push.PUSH.MessageConfig.TimeToLive", "seconds"),
        Arguments.of("custom http uri", withActivity("custom", new Activity.Custom(null, "http://x.example", null, null,
            null, null, "random")), "Activities.custom.CUSTOM.DeliveryUri", "HTTPS"),
        Arguments.of("both start conditions", edit(e -> e.startCondition = new StartCondition(null,
            new StartCondition.EventStartCondition(new StartCondition.EventFilter(Journeys.dims(),
                StartCondition.FilterType.ENDPOINT), null), new SegmentCondition(Journeys.SEGMENT))),
            "StartCondition", "not both"),
        Arguments.of("event filter without type", edit(e -> e.startCondition = new StartCondition(null,
            new StartCondition.EventStartCondition(new StartCondition.EventFilter(Journeys.dims(), null), null), null)),
            "StartCondition.EventStartCondition.EventFilter.FilterType", "required"),
        Arguments.of("segment start without id", edit(e -> e.startCondition = new StartCondition(null, null,
            new SegmentCondition(" "))), "StartCondition.SegmentStartCondition.SegmentId", "required"),
        Arguments.of("daily cap 101", edit(e -> e.limits = new JourneyLimits(101, null, null, null, null, null)),
            "Limits.DailyCap", "between 0 and 100"),
        Arguments.of("timeframe 31 days", edit(e -> e.limits = new JourneyLimits(null, null, null, null,
            new JourneyTimeframeCap(1, 31), null)), "Limits.TimeframeCap.Days", "between 0 and 30"),
        Arguments.of("zero mps", edit(e -> e.limits = new JourneyLimits(null, null, 0, null, null, null)),
            "Limits.MessagesPerSecond", "between 1 and 20000"),
        Arguments.of("reentry interval", edit(e -> e.limits = new JourneyLimits(null, null, null, "hourly", null, null)),
            "Limits.EndpointReentryInterval", "ISO-8601"),
        Arguments.of("end before start", edit(e -> e.schedule = new JourneySchedule("2026-12-02T00:00:00Z",
            "2026-12-01T00:00:00Z", null)), "Schedule.EndTime", "after"),
        Arguments.of("runs 541 days", edit(e -> e.schedule = new JourneySchedule("2026-01-01T00:00:00Z",
            "2027-06-26T00:00:00Z", null)), "Schedule.EndTime", "540 days"),
        Arguments.of("start not a time", edit(e -> e.schedule = new JourneySchedule("tomorrow", null, null)),
            "Schedule.StartTime", "ISO-8601"),
        Arguments.of("zone name", edit(e -> e.schedule = new JourneySchedule(null, null, "Europe/Paris")),
            "Schedule.Timezone", "UTC offset"),
        Arguments.of("quiet time half", edit(e -> e.quietTime = new QuietTime(null, "22:00")), "QuietTime", "together"),
        Arguments.of("refresh", edit(e -> e.refreshFrequency = "PT0H"), "RefreshFrequency", "positive"),
        Arguments.of("open hours without schedule", edit(e -> e.openHours = new SendingSchedule.OpenHours(
            Map.of(Channel.EMAIL, Map.of(DayOfWeek.MONDAY, List.of(new OpenHoursRule("09:00", "17:00")))))),
            "OpenHours", "SendingSchedule"),
        Arguments.of("open hours reversed", edit(e -> {
          e.sendingSchedule = true;
          e.openHours = new SendingSchedule.OpenHours(
              Map.of(Channel.SMS, Map.of(DayOfWeek.FRIDAY, List.of(new OpenHoursRule("17:00", "09:00")))));
        }), "OpenHours.SMS.FRIDAY[0].EndTime", "after"),
        Arguments.of("closed days reversed", edit(e -> {
          e.sendingSchedule = true;
          e.closedDays = new SendingSchedule.ClosedDays(Map.of(Channel.EMAIL, List.of(
              new ClosedDaysRule("xmas", "2026-12-26T00:00:00Z", "2026-12-25T00:00:00Z"))));
        }), "ClosedDays.EMAIL[0].EndDateTime", "after"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("structure")
  void refusesBrokenJourneysEvenAsDrafts(String name, JourneyDefinition definition, String field, String reason) {
    assertNamed(JourneyValidator.validate(definition, JourneyState.DRAFT), field, reason);
  }

  /** Fine as a draft, not publishable. */
  static Stream<Arguments> publishing() {
    return Stream.of(
        Arguments.of("no start condition", edit(e -> e.startCondition = null), "StartCondition", "to be published"),
        Arguments.of("empty start condition", edit(e -> e.startCondition = new StartCondition("x", null, null)),
            "StartCondition", "to be published"),
        Arguments.of("no start activity", edit(e -> e.startActivity = null), "StartActivity", "required"),
        Arguments.of("unreachable activity", withActivity("orphan", new Activity.Holdout(null, 5, "start")),
            "Activities.orphan", "cannot be reached"),
        Arguments.of("email without template", withActivity("start",
            new Activity.Email(null, null, null, null, "wait")), "Activities.start.EMAIL.TemplateName", "required"),
        Arguments.of("custom without uri", withActivity("custom",
            new Activity.Custom(null, null, null, null, null, null, "random")),
            "Activities.custom.CUSTOM.DeliveryUri", "required"),
        Arguments.of("contact center without campaign", edit(e -> e.channelSettings = null),
            "JourneyChannelSettings.ConnectCampaignArn", "ContactCenter"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("publishing")
  void publishingNeedsARunnableJourney(String name, JourneyDefinition definition, String field, String reason) {
    assertEquals(List.of(), JourneyValidator.validate(definition, JourneyState.DRAFT));
    assertNamed(JourneyValidator.validate(definition, JourneyState.ACTIVE), field, reason);
  }

  @Test
  void anActivityObjectSetsExactlyOneType() {
    List<Violation> v = new java.util.ArrayList<>();
    Activity one = new Activity.Holdout(null, 5, null);
    assertEquals(one, Activity.exactlyOne("Activities.a", List.of(one), v));
    assertEquals(null, Activity.exactlyOne("Activities.b", List.of(), v));
    assertEquals(null, Activity.exactlyOne("Activities.c", List.of(one, new Activity.ContactCenter(null, null)), v));
    assertEquals(List.of("Activities.b", "Activities.c"), v.stream().map(Violation::field).toList());
    assertTrue(v.get(0).reason().endsWith("got none"));
    assertTrue(v.get(1).reason().endsWith("got Holdout, ContactCenter"));
  }

  private static void assertNamed(List<Violation> violations, String field, String reason) {
    assertTrue(violations.stream().anyMatch(x -> x.field().equals(field) && x.reason().contains(reason)),
        () -> "expected " + field + ": …" + reason + "… in " + violations);
  }
}
