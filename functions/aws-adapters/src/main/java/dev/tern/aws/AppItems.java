package dev.tern.aws;

import static dev.tern.aws.Attrs.n;
import static dev.tern.aws.Attrs.num;
import static dev.tern.aws.Attrs.putN;
import static dev.tern.aws.Attrs.putS;
import static dev.tern.aws.Attrs.s;
import static dev.tern.aws.Attrs.str;

import dev.tern.model.app.App;
import dev.tern.model.app.AppSettings;
import dev.tern.model.app.CampaignHook;
import dev.tern.model.app.CampaignLimits;
import dev.tern.model.app.JourneyLimits;
import dev.tern.model.app.JourneyTimeframeCap;
import dev.tern.model.app.QuietTime;
import dev.tern.model.common.Timestamps;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Maps apps and settings to DynamoDB items and back. Attribute names are Pinpoint's member names, so
 * an item read in the console looks like the API's JSON; absent members are absent attributes.
 */
final class AppItems {

  static final String ID = "ApplicationId";
  static final String NAME = "Name";
  static final String ARN = "Arn";
  static final String CREATION_DATE = "CreationDate";
  static final String TAGS = "tags";
  static final String SETTINGS = "Settings";

  private AppItems() {}

  static Map<String, AttributeValue> key(String id) {
    return Map.of(ID, s(id));
  }

  static Map<String, AttributeValue> toItem(App app) {
    Map<String, AttributeValue> item = new HashMap<>();
    item.put(ID, s(app.id()));
    item.put(NAME, s(app.name()));
    item.put(ARN, s(app.arn()));
    item.put(CREATION_DATE, s(Timestamps.format(app.creationDate())));
    Map<String, AttributeValue> tags = new HashMap<>();
    app.tags().forEach((k, v) -> tags.put(k, s(v)));
    item.put(TAGS, AttributeValue.fromM(tags));
    return item;
  }

  static App toApp(Map<String, AttributeValue> item) {
    Map<String, String> tags = new LinkedHashMap<>();
    if (item.containsKey(TAGS)) {
      item.get(TAGS).m().forEach((k, v) -> tags.put(k, v.s()));
    }
    return new App(
        item.get(ID).s(),
        item.get(ARN).s(),
        item.get(NAME).s(),
        tags,
        Timestamps.parse(item.get(CREATION_DATE).s()));
  }

  static AttributeValue toSettings(AppSettings settings) {
    Map<String, AttributeValue> m = new HashMap<>();
    if (settings.campaignHook() != null) {
      CampaignHook h = settings.campaignHook();
      Map<String, AttributeValue> hook = new HashMap<>();
      putS(hook, "LambdaFunctionName", h.lambdaFunctionName());
      putS(hook, "Mode", h.mode() == null ? null : h.mode().name());
      putS(hook, "WebUrl", h.webUrl());
      m.put("CampaignHook", AttributeValue.fromM(hook));
    }
    if (settings.limits() != null) {
      CampaignLimits l = settings.limits();
      Map<String, AttributeValue> limits = new HashMap<>();
      putN(limits, "Daily", l.daily());
      putN(limits, "MaximumDuration", l.maximumDuration());
      putN(limits, "MessagesPerSecond", l.messagesPerSecond());
      putN(limits, "Total", l.total());
      putN(limits, "Session", l.session());
      m.put("Limits", AttributeValue.fromM(limits));
    }
    if (settings.quietTime() != null) {
      Map<String, AttributeValue> quiet = new HashMap<>();
      putS(quiet, "End", settings.quietTime().end());
      putS(quiet, "Start", settings.quietTime().start());
      m.put("QuietTime", AttributeValue.fromM(quiet));
    }
    if (settings.journeyLimits() != null) {
      JourneyLimits j = settings.journeyLimits();
      Map<String, AttributeValue> journey = new HashMap<>();
      putN(journey, "DailyCap", j.dailyCap());
      putN(journey, "TotalCap", j.totalCap());
      if (j.timeframeCap() != null) {
        Map<String, AttributeValue> cap = new HashMap<>();
        putN(cap, "Cap", j.timeframeCap().cap());
        putN(cap, "Days", j.timeframeCap().days());
        journey.put("TimeframeCap", AttributeValue.fromM(cap));
      }
      m.put("JourneyLimits", AttributeValue.fromM(journey));
    }
    if (settings.cloudWatchMetricsEnabled() != null) {
      m.put("CloudWatchMetricsEnabled", AttributeValue.fromBool(settings.cloudWatchMetricsEnabled()));
    }
    if (settings.eventTaggingEnabled() != null) {
      m.put("EventTaggingEnabled", AttributeValue.fromBool(settings.eventTaggingEnabled()));
    }
    m.put("LastModifiedDate", s(Timestamps.format(settings.lastModifiedDate())));
    return AttributeValue.fromM(m);
  }

  static AppSettings toSettings(AttributeValue value) {
    Map<String, AttributeValue> m = value.m();
    CampaignHook hook = null;
    if (m.containsKey("CampaignHook")) {
      Map<String, AttributeValue> h = m.get("CampaignHook").m();
      String mode = str(h, "Mode");
      hook = new CampaignHook(str(h, "LambdaFunctionName"), mode == null ? null : CampaignHook.Mode.valueOf(mode), str(h, "WebUrl"));
    }
    CampaignLimits limits = null;
    if (m.containsKey("Limits")) {
      Map<String, AttributeValue> l = m.get("Limits").m();
      limits = new CampaignLimits(num(l, "Daily"), num(l, "MaximumDuration"), num(l, "MessagesPerSecond"), num(l, "Total"), num(l, "Session"));
    }
    QuietTime quiet = null;
    if (m.containsKey("QuietTime")) {
      Map<String, AttributeValue> q = m.get("QuietTime").m();
      quiet = new QuietTime(str(q, "End"), str(q, "Start"));
    }
    JourneyLimits journey = null;
    if (m.containsKey("JourneyLimits")) {
      Map<String, AttributeValue> j = m.get("JourneyLimits").m();
      JourneyTimeframeCap cap = null;
      if (j.containsKey("TimeframeCap")) {
        Map<String, AttributeValue> c = j.get("TimeframeCap").m();
        cap = new JourneyTimeframeCap(num(c, "Cap"), num(c, "Days"));
      }
      journey = new JourneyLimits(num(j, "DailyCap"), cap, num(j, "TotalCap"));
    }
    return new AppSettings(hook, limits, quiet, journey,
        bool(m, "CloudWatchMetricsEnabled"), bool(m, "EventTaggingEnabled"),
        Timestamps.parse(m.get("LastModifiedDate").s()));
  }






  private static Boolean bool(Map<String, AttributeValue> m, String name) {
    return m.containsKey(name) ? m.get(name).bool() : null;
  }
}
