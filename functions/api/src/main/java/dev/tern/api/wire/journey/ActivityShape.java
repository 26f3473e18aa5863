package dev.tern.api.wire.journey;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.tern.model.endpoint.ChannelType;
import dev.tern.model.endpoint.Violation;
import dev.tern.model.journey.Activity;
import dev.tern.model.journey.Activity.SmsConfig;
import dev.tern.model.journey.WaitTime;
import dev.tern.wire.PinpointJson;
import java.util.ArrayList;
import java.util.List;

/**
 * Model shape {@code Activity}: one type member set beside an optional Description. The type members'
 * names are the model's exactly (upper-case {@code EMAIL}, {@code SMS}, {@code PUSH}, {@code CUSTOM};
 * PascalCase for the rest), and the nested shapes are the model's ({@code EmailMessageActivity}, …).
 */
@PinpointJson
public record ActivityShape(
    @JsonProperty("CUSTOM") CustomMessageActivity custom,
    ConditionalSplitActivity conditionalSplit,
    String description,
    @JsonProperty("EMAIL") EmailMessageActivity email,
    HoldoutActivity holdout,
    MultiConditionalSplitActivity multiCondition,
    @JsonProperty("PUSH") PushMessageActivity push,
    RandomSplitActivity randomSplit,
    @JsonProperty("SMS") SMSMessageActivity sms,
    // "wait" is Object.wait, not a legal record component name.
    @JsonProperty("Wait") WaitActivity waitActivity,
    ContactCenterActivity contactCenter) {

  /** The domain activity, or null after adding a violation when not exactly one type member is set. */
  Activity toActivity(String field, List<Violation> violations) {
    List<Activity> present = new ArrayList<>();
    String d = description;
    if (custom != null) {
      present.add(new Activity.Custom(d, custom.deliveryUri(), custom.endpointTypes(),
          custom.messageConfig() == null ? null : custom.messageConfig().data(),
          custom.templateName(), custom.templateVersion(), custom.nextActivity()));
    }
    if (conditionalSplit != null) {
      present.add(new Activity.ConditionalSplit(d, ConditionShape.toCondition(conditionalSplit.condition()),
          conditionalSplit.evaluationWaitTime(), conditionalSplit.trueActivity(), conditionalSplit.falseActivity()));
    }
    if (email != null) {
      present.add(new Activity.Email(d, email.templateName(), email.templateVersion(),
          email.messageConfig() == null ? null : email.messageConfig().fromAddress(), email.nextActivity()));
    }
    if (holdout != null) {
      present.add(new Activity.Holdout(d, holdout.percentage(), holdout.nextActivity()));
    }
    if (multiCondition != null) {
      present.add(new Activity.MultiCondition(d, multiCondition.branches() == null ? null
          : multiCondition.branches().stream().map(b -> b == null ? null : new Activity.MultiConditionalBranch(
              SimpleConditionShape.toSimple(b.condition()), b.nextActivity())).toList(),
          multiCondition.defaultActivity(), multiCondition.evaluationWaitTime()));
    }
    if (push != null) {
      present.add(new Activity.Push(d, push.templateName(), push.templateVersion(),
          push.messageConfig() == null ? null : push.messageConfig().timeToLive(), push.nextActivity()));
    }
    if (randomSplit != null) {
      present.add(new Activity.RandomSplit(d, randomSplit.branches()));
    }
    if (sms != null) {
      present.add(new Activity.Sms(d, sms.templateName(), sms.templateVersion(), sms.messageConfig(), sms.nextActivity()));
    }
    if (waitActivity != null) {
      present.add(new Activity.Wait(d, waitActivity.waitTime(), waitActivity.nextActivity()));
    }
    if (contactCenter != null) {
      present.add(new Activity.ContactCenter(d, contactCenter.nextActivity()));
    }
    return Activity.exactlyOne(field, present, violations);
  }

  /** The wire form of {@code activity}. */
  static ActivityShape of(Activity activity) {
    return activity.accept(new Activity.Cases<ActivityShape>() {
      @Override
      public ActivityShape email(Activity.Email a) {
        return new ActivityShape(null, null, a.description(), new EmailMessageActivity(
            a.fromAddress() == null ? null : new JourneyEmailMessage(a.fromAddress()), a.nextActivity(),
            a.templateName(), a.templateVersion()), null, null, null, null, null, null, null);
      }

      @Override
      public ActivityShape sms(Activity.Sms a) {
        return new ActivityShape(null, null, a.description(), null, null, null, null, null,
            new SMSMessageActivity(a.messageConfig(), a.nextActivity(), a.templateName(), a.templateVersion()),
            null, null);
      }

      @Override
      public ActivityShape push(Activity.Push a) {
        return new ActivityShape(null, null, a.description(), null, null, null, new PushMessageActivity(
            a.timeToLive() == null ? null : new JourneyPushMessage(a.timeToLive()), a.nextActivity(),
            a.templateName(), a.templateVersion()), null, null, null, null);
      }

      @Override
      public ActivityShape custom(Activity.Custom a) {
        return new ActivityShape(new CustomMessageActivity(a.deliveryUri(), a.endpointTypes(),
            a.data() == null ? null : new JourneyCustomMessage(a.data()), a.nextActivity(), a.templateName(),
            a.templateVersion()), null, a.description(), null, null, null, null, null, null, null, null);
      }

      @Override
      public ActivityShape contactCenter(Activity.ContactCenter a) {
        return new ActivityShape(null, null, a.description(), null, null, null, null, null, null, null,
            new ContactCenterActivity(a.nextActivity()));
      }

      @Override
      public ActivityShape waitActivity(Activity.Wait a) {
        return new ActivityShape(null, null, a.description(), null, null, null, null, null, null,
            new WaitActivity(a.nextActivity(), a.waitTime()), null);
      }

      @Override
      public ActivityShape conditionalSplit(Activity.ConditionalSplit a) {
        return new ActivityShape(null, new ConditionalSplitActivity(ConditionShape.of(a.condition()),
            a.evaluationWaitTime(), a.falseActivity(), a.trueActivity()), a.description(), null, null, null, null,
            null, null, null, null);
      }

      @Override
      public ActivityShape multiCondition(Activity.MultiCondition a) {
        List<MultiConditionalBranch> branches = a.branches() == null ? null : a.branches().stream()
            .map(b -> new MultiConditionalBranch(SimpleConditionShape.of(b.condition()), b.nextActivity())).toList();
        return new ActivityShape(null, null, a.description(), null, null,
            new MultiConditionalSplitActivity(branches, a.defaultActivity(), a.evaluationWaitTime()), null, null,
            null, null, null);
      }

      @Override
      public ActivityShape randomSplit(Activity.RandomSplit a) {
        return new ActivityShape(null, null, a.description(), null, null, null, null,
            new RandomSplitActivity(a.branches()), null, null, null);
      }

      @Override
      public ActivityShape holdout(Activity.Holdout a) {
        return new ActivityShape(null, null, a.description(), null,
            new HoldoutActivity(a.nextActivity(), a.percentage()), null, null, null, null, null, null);
      }
    });
  }

  /** Model shape {@code EmailMessageActivity}. */
  @PinpointJson
  public record EmailMessageActivity(
      JourneyEmailMessage messageConfig, String nextActivity, String templateName, String templateVersion) {}

  /** Model shape {@code JourneyEmailMessage}. */
  @PinpointJson
  public record JourneyEmailMessage(String fromAddress) {}

  /** Model shape {@code SMSMessageActivity}; its MessageConfig is the domain's {@link SmsConfig}. */
  @PinpointJson
  public record SMSMessageActivity(
      SmsConfig messageConfig, String nextActivity, String templateName, String templateVersion) {}

  /** Model shape {@code PushMessageActivity}. */
  @PinpointJson
  public record PushMessageActivity(
      JourneyPushMessage messageConfig, String nextActivity, String templateName, String templateVersion) {}

  /** Model shape {@code JourneyPushMessage}. */
  @PinpointJson
  public record JourneyPushMessage(String timeToLive) {}

  /** Model shape {@code CustomMessageActivity}. */
  @PinpointJson
  public record CustomMessageActivity(String deliveryUri, List<ChannelType> endpointTypes,
      JourneyCustomMessage messageConfig, String nextActivity, String templateName, String templateVersion) {}

  /** Model shape {@code JourneyCustomMessage}. */
  @PinpointJson
  public record JourneyCustomMessage(String data) {}

  /** Model shape {@code ContactCenterActivity}. */
  @PinpointJson
  public record ContactCenterActivity(String nextActivity) {}

  /** Model shape {@code WaitActivity}. */
  @PinpointJson
  public record WaitActivity(String nextActivity, WaitTime waitTime) {}

  /** Model shape {@code ConditionalSplitActivity}. */
  @PinpointJson
  public record ConditionalSplitActivity(
      ConditionShape condition, WaitTime evaluationWaitTime, String falseActivity, String trueActivity) {}

  /** Model shape {@code MultiConditionalSplitActivity}. */
  @PinpointJson
  public record MultiConditionalSplitActivity(
      List<MultiConditionalBranch> branches, String defaultActivity, WaitTime evaluationWaitTime) {}

  /** Model shape {@code MultiConditionalBranch}. */
  @PinpointJson
  public record MultiConditionalBranch(SimpleConditionShape condition, String nextActivity) {}

  /** Model shape {@code RandomSplitActivity}; its entries are the domain's RandomSplitEntry. */
  @PinpointJson
  public record RandomSplitActivity(List<Activity.RandomSplitEntry> branches) {}

  /** Model shape {@code HoldoutActivity}. */
  @PinpointJson
  public record HoldoutActivity(String nextActivity, Integer percentage) {}
}
