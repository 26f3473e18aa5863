package dev.tern.model.journey;

import dev.tern.model.endpoint.ChannelType;
import dev.tern.model.endpoint.Violation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * One activity of a journey: Pinpoint's {@code Activity} shape, which sets exactly one of its type
 * members ({@code EMAIL}, {@code SMS}, {@code PUSH}, {@code CUSTOM}, {@code ContactCenter}, {@code Wait},
 * {@code ConditionalSplit}, {@code MultiCondition}, {@code RandomSplit}, {@code Holdout}) beside an
 * optional {@code Description}. The model has no VOICE or IN_APP journey activity. Dispatch with
 * {@link Cases} (Java 17 has no pattern switch; the visitor keeps every caller exhaustive).
 */
public sealed interface Activity {

  /** The activity's {@code Description}, or null. */
  String description();

  /** The wire member naming this activity's type, e.g. {@code EMAIL} or {@code ConditionalSplit}. */
  String type();

  /**
   * Every activity this one leads to, keyed by the member naming it relative to the activity
   * ({@code EMAIL.NextActivity}, {@code RandomSplit.Branches[1].NextActivity}), in wire order; absent
   * members (an end of the journey) are left out.
   */
  Map<String, String> next();

  /** Dispatches to the method of {@code cases} for this type. */
  <R> R accept(Cases<R> cases);

  /** One method per activity type. */
  interface Cases<R> {
    R email(Email activity);

    R sms(Sms activity);

    R push(Push activity);

    R custom(Custom activity);

    R contactCenter(ContactCenter activity);

    R waitActivity(Wait activity);

    R conditionalSplit(ConditionalSplit activity);

    R multiCondition(MultiCondition activity);

    R randomSplit(RandomSplit activity);

    R holdout(Holdout activity);
  }

  /** The members every message activity has: a template and the activity that follows. */
  interface Message {
    String templateName();

    String templateVersion();

    String nextActivity();
  }

  /**
   * The activity a wire {@code Activity} object describes. {@code present} holds one domain activity per
   * type member that was set; anything but exactly one is the violation Pinpoint's shape implies.
   *
   * @param field the activity's wire path, e.g. {@code Activities.welcome}
   * @return the one activity, or null after adding a violation
   */
  static Activity exactlyOne(String field, List<Activity> present, List<Violation> violations) {
    if (present.size() == 1) {
      return present.get(0);
    }
    String got = present.isEmpty() ? "none" : String.join(", ", present.stream().map(Activity::type).toList());
    violations.add(new Violation(field, "an activity sets exactly one of EMAIL, SMS, PUSH, CUSTOM, ContactCenter,"
        + " Wait, ConditionalSplit, MultiCondition, RandomSplit, Holdout; got " + got));
    return null;
  }

  /** {@code EMAIL}: Pinpoint's {@code EmailMessageActivity}; {@code fromAddress} is its MessageConfig. */
  record Email(String description, String templateName, String templateVersion, String fromAddress,
      String nextActivity) implements Activity, Message {
    @Override
    public String type() {
      return "EMAIL";
    }

    @Override
    public Map<String, String> next() {
      return link("EMAIL.NextActivity", nextActivity);
    }

    @Override
    public <R> R accept(Cases<R> cases) {
      return cases.email(this);
    }
  }

  /** {@code SMS}: Pinpoint's {@code SMSMessageActivity}. */
  record Sms(String description, String templateName, String templateVersion, SmsConfig messageConfig,
      String nextActivity) implements Activity, Message {
    @Override
    public String type() {
      return "SMS";
    }

    @Override
    public Map<String, String> next() {
      return link("SMS.NextActivity", nextActivity);
    }

    @Override
    public <R> R accept(Cases<R> cases) {
      return cases.sms(this);
    }
  }

  /** Pinpoint's {@code JourneySMSMessage}. */
  record SmsConfig(MessageType messageType, String originationNumber, String senderId, String entityId,
      String templateId) {}

  /** Pinpoint's {@code MessageType} enum. */
  enum MessageType { TRANSACTIONAL, PROMOTIONAL }

  /** {@code PUSH}: Pinpoint's {@code PushMessageActivity}; {@code timeToLive} is its MessageConfig. */
  record Push(String description, String templateName, String templateVersion, String timeToLive,
      String nextActivity) implements Activity, Message {
    @Override
    public String type() {
      return "PUSH";
    }

    @Override
    public Map<String, String> next() {
      return link("PUSH.NextActivity", nextActivity);
    }

    @Override
    public <R> R accept(Cases<R> cases) {
      return cases.push(this);
    }
  }

  /**
   * {@code CUSTOM}: Pinpoint's {@code CustomMessageActivity}, a Lambda function or HTTPS web hook that
   * delivers; {@code data} is its MessageConfig.
   */
  record Custom(String description, String deliveryUri, List<ChannelType> endpointTypes, String data,
      String templateName, String templateVersion, String nextActivity) implements Activity, Message {
    /** Copies the list. */
    public Custom {
      endpointTypes = endpointTypes == null ? null : Collections.unmodifiableList(new ArrayList<>(endpointTypes));
    }

    @Override
    public String type() {
      return "CUSTOM";
    }

    @Override
    public Map<String, String> next() {
      return link("CUSTOM.NextActivity", nextActivity);
    }

    @Override
    public <R> R accept(Cases<R> cases) {
      return cases.custom(this);
    }
  }

  /** {@code ContactCenter}: Pinpoint's {@code ContactCenterActivity} (an Amazon Connect call). */
  record ContactCenter(String description, String nextActivity) implements Activity {
    @Override
    public String type() {
      return "ContactCenter";
    }

    @Override
    public Map<String, String> next() {
      return link("ContactCenter.NextActivity", nextActivity);
    }

    @Override
    public <R> R accept(Cases<R> cases) {
      return cases.contactCenter(this);
    }
  }

  /** {@code Wait}: Pinpoint's {@code WaitActivity}. */
  record Wait(String description, WaitTime waitTime, String nextActivity) implements Activity {
    @Override
    public String type() {
      return "Wait";
    }

    @Override
    public Map<String, String> next() {
      return link("Wait.NextActivity", nextActivity);
    }

    @Override
    public <R> R accept(Cases<R> cases) {
      return cases.waitActivity(this);
    }
  }

  /** {@code ConditionalSplit}: Pinpoint's yes/no {@code ConditionalSplitActivity}. */
  record ConditionalSplit(String description, Condition condition, WaitTime evaluationWaitTime,
      String trueActivity, String falseActivity) implements Activity {
    @Override
    public String type() {
      return "ConditionalSplit";
    }

    @Override
    public Map<String, String> next() {
      Map<String, String> next = new LinkedHashMap<>();
      put(next, "ConditionalSplit.TrueActivity", trueActivity);
      put(next, "ConditionalSplit.FalseActivity", falseActivity);
      return next;
    }

    @Override
    public <R> R accept(Cases<R> cases) {
      return cases.conditionalSplit(this);
    }
  }

  /** {@code MultiCondition}: Pinpoint's multivariate {@code MultiConditionalSplitActivity}. */
  record MultiCondition(String description, List<MultiConditionalBranch> branches, String defaultActivity,
      WaitTime evaluationWaitTime) implements Activity {
    /** Copies the list; null stays null for the validator. */
    public MultiCondition {
      branches = branches == null ? null : Collections.unmodifiableList(new ArrayList<>(branches));
    }

    @Override
    public String type() {
      return "MultiCondition";
    }

    @Override
    public Map<String, String> next() {
      Map<String, String> next = new LinkedHashMap<>();
      for (int i = 0; branches != null && i < branches.size(); i++) {
        if (branches.get(i) != null) { // a null branch is the validator's to report
          put(next, "MultiCondition.Branches[" + i + "].NextActivity", branches.get(i).nextActivity());
        }
      }
      put(next, "MultiCondition.DefaultActivity", defaultActivity);
      return next;
    }

    @Override
    public <R> R accept(Cases<R> cases) {
      return cases.multiCondition(this);
    }
  }

  /** Pinpoint's {@code MultiConditionalBranch}. */
  record MultiConditionalBranch(Condition.SimpleCondition condition, String nextActivity) {}

  /** {@code RandomSplit}: Pinpoint's {@code RandomSplitActivity}. */
  record RandomSplit(String description, List<RandomSplitEntry> branches) implements Activity {
    /** Copies the list; null stays null for the validator. */
    public RandomSplit {
      branches = branches == null ? null : Collections.unmodifiableList(new ArrayList<>(branches));
    }

    @Override
    public String type() {
      return "RandomSplit";
    }

    @Override
    public Map<String, String> next() {
      Map<String, String> next = new LinkedHashMap<>();
      for (int i = 0; branches != null && i < branches.size(); i++) {
        if (branches.get(i) != null) { // a null branch is the validator's to report
          put(next, "RandomSplit.Branches[" + i + "].NextActivity", branches.get(i).nextActivity());
        }
      }
      return next;
    }

    @Override
    public <R> R accept(Cases<R> cases) {
      return cases.randomSplit(this);
    }
  }

  /** Pinpoint's {@code RandomSplitEntry}. */
  record RandomSplitEntry(String nextActivity, Integer percentage) {}

  /** {@code Holdout}: Pinpoint's {@code HoldoutActivity}; {@code Percentage} is required by the model. */
  record Holdout(String description, Integer percentage, String nextActivity) implements Activity {
    @Override
    public String type() {
      return "Holdout";
    }

    @Override
    public Map<String, String> next() {
      return link("Holdout.NextActivity", nextActivity);
    }

    @Override
    public <R> R accept(Cases<R> cases) {
      return cases.holdout(this);
    }
  }

  private static Map<String, String> link(String member, String target) {
    Map<String, String> next = new LinkedHashMap<>();
    put(next, member, target);
    return next;
  }

  private static void put(Map<String, String> next, String member, String target) {
    if (target != null) {
      next.put(member, target);
    }
  }

  /** The ids in {@code activity.next()}, in order, without repeats. */
  static List<String> targets(Activity activity) {
    List<String> targets = new ArrayList<>();
    for (String id : activity.next().values()) {
      if (!targets.contains(id)) {
        targets.add(id);
      }
    }
    return targets;
  }
}
