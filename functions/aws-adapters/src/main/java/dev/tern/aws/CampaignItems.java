package dev.tern.aws;

import static dev.tern.aws.Attrs.n;
import static dev.tern.aws.Attrs.num;
import static dev.tern.aws.Attrs.putN;
import static dev.tern.aws.Attrs.putS;
import static dev.tern.aws.Attrs.s;
import static dev.tern.aws.Attrs.str;

import dev.tern.model.campaign.Campaign;
import dev.tern.model.campaign.CampaignDefinition;
import dev.tern.model.campaign.CampaignLimits;
import dev.tern.model.campaign.CampaignState;
import dev.tern.model.campaign.EmailContent;
import dev.tern.model.campaign.MessageHeader;
import dev.tern.model.campaign.Schedule;
import dev.tern.model.campaign.StartTime;
import dev.tern.model.common.Timestamps;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Maps campaign versions to CampaignsTable items and back. Attribute names follow Pinpoint's member names
 * where one exists, so an item read in the console looks like the API's JSON.
 *
 * <p>Keys (per application, so one app's campaigns are one item collection): partition {@code ApplicationId};
 * sort {@code Sk} = {@code H#<campaignId>} for the head (the current version, with its state) and
 * {@code V#<campaignId>#<version, 10 digits>} for every version (immutable once written). Only heads carry
 * {@code HeadState}, the key of the sparse {@code StateIndex} the scheduler queries.
 */
final class CampaignItems {

  static final String APP = "ApplicationId";
  static final String SK = "Sk";
  static final String ID = "Id";
  static final String VERSION = "Version";
  static final String STATE = "State";
  static final String HEAD_STATE = "HeadState";
  static final String STATE_INDEX = "StateIndex";

  private CampaignItems() {}

  static String headSk(String campaignId) {
    return "H#" + campaignId;
  }

  static String versionSk(String campaignId, int version) {
    return "V#" + campaignId + "#" + String.format("%010d", version);
  }

  static String versionPrefix(String campaignId) {
    return "V#" + campaignId + "#";
  }

  static Map<String, AttributeValue> key(String applicationId, String sk) {
    return Map.of(APP, s(applicationId), SK, s(sk));
  }

  static Map<String, AttributeValue> head(Campaign c) {
    Map<String, AttributeValue> item = body(c);
    item.put(SK, s(headSk(c.id())));
    item.put(HEAD_STATE, s(c.state().name()));
    return item;
  }

  static Map<String, AttributeValue> version(Campaign c) {
    Map<String, AttributeValue> item = body(c);
    item.put(SK, s(versionSk(c.id(), c.version())));
    return item;
  }

  private static Map<String, AttributeValue> body(Campaign c) {
    CampaignDefinition d = c.definition();
    Map<String, AttributeValue> item = new HashMap<>();
    item.put(APP, s(c.applicationId()));
    item.put(ID, s(c.id()));
    item.put(VERSION, n(c.version()));
    item.put(STATE, s(c.state().name()));
    item.put("CreationDate", s(Timestamps.format(c.creationDate())));
    item.put("LastModifiedDate", s(Timestamps.format(c.lastModifiedDate())));
    putS(item, "Name", d.name());
    putS(item, "Description", d.description());
    item.put("SegmentId", s(d.segmentId()));
    putN(item, "SegmentVersion", d.segmentVersion());
    item.put("IsPaused", AttributeValue.fromBool(d.paused()));
    putS(item, "TreatmentName", d.treatmentName());
    putS(item, "TreatmentDescription", d.treatmentDescription());
    Map<String, AttributeValue> tags = new HashMap<>();
    d.tags().forEach((k, v) -> tags.put(k, s(v)));
    item.put("tags", AttributeValue.fromM(tags));
    item.put("Schedule", schedule(d.schedule()));
    item.put("Email", email(d.email()));
    Map<String, AttributeValue> limits = new HashMap<>();
    putN(limits, "Daily", d.limits().daily());
    putN(limits, "MaximumDuration", d.limits().maximumDuration());
    putN(limits, "MessagesPerSecond", d.limits().messagesPerSecond());
    putN(limits, "Total", d.limits().total());
    putN(limits, "Session", d.limits().session());
    item.put("Limits", AttributeValue.fromM(limits));
    return item;
  }

  private static AttributeValue schedule(Schedule schedule) {
    if (!(schedule instanceof Schedule.Once once)) {
      throw new IllegalStateException("no item form for " + schedule.getClass().getSimpleName());
    }
    Map<String, AttributeValue> m = new HashMap<>();
    m.put("Frequency", s(schedule.frequency().name()));
    m.put("StartTime", s(once.start() instanceof StartTime.At at
        ? Timestamps.format(at.instant()) : StartTime.Immediate.WIRE));
    if (once.endTime() != null) {
      m.put("EndTime", s(Timestamps.format(once.endTime())));
    }
    return AttributeValue.fromM(m);
  }

  private static AttributeValue email(EmailContent content) {
    Map<String, AttributeValue> m = new HashMap<>();
    putS(m, "FromAddress", content.fromAddress());
    if (content instanceof EmailContent.Inline in) {
      m.put("Kind", s("INLINE"));
      putS(m, "Title", in.title());
      putS(m, "HtmlBody", in.htmlBody());
      putS(m, "Body", in.textBody());
      List<AttributeValue> headers = new ArrayList<>();
      for (MessageHeader h : in.headers()) {
        Map<String, AttributeValue> header = new HashMap<>();
        putS(header, "Name", h.name());
        putS(header, "Value", h.value());
        headers.add(AttributeValue.fromM(header));
      }
      m.put("Headers", AttributeValue.fromL(headers));
    } else if (content instanceof EmailContent.Template t) {
      m.put("Kind", s("TEMPLATE"));
      m.put("TemplateName", s(t.name()));
      putS(m, "TemplateVersion", t.version());
    }
    return AttributeValue.fromM(m);
  }

  static Campaign toCampaign(Map<String, AttributeValue> item) {
    Map<String, AttributeValue> l = item.get("Limits").m();
    Map<String, String> tags = new LinkedHashMap<>();
    item.get("tags").m().forEach((k, v) -> tags.put(k, v.s()));
    CampaignDefinition d = new CampaignDefinition(str(item, "Name"), str(item, "Description"),
        str(item, "SegmentId"), num(item, "SegmentVersion"), toSchedule(item.get("Schedule").m()),
        toEmail(item.get("Email").m()),
        new CampaignLimits(num(l, "Daily"), num(l, "MaximumDuration"), num(l, "MessagesPerSecond"),
            num(l, "Total"), num(l, "Session")),
        item.get("IsPaused").bool(), str(item, "TreatmentName"), str(item, "TreatmentDescription"), tags);
    return new Campaign(str(item, APP), str(item, ID), num(item, VERSION), d,
        CampaignState.valueOf(str(item, STATE)), Timestamps.parse(str(item, "CreationDate")),
        Timestamps.parse(str(item, "LastModifiedDate")));
  }

  private static Schedule toSchedule(Map<String, AttributeValue> m) {
    String start = str(m, "StartTime");
    StartTime startTime = StartTime.Immediate.WIRE.equals(start)
        ? new StartTime.Immediate() : new StartTime.At(Timestamps.parse(start));
    String end = str(m, "EndTime");
    return new Schedule.Once(startTime, end == null ? null : Timestamps.parse(end));
  }

  private static EmailContent toEmail(Map<String, AttributeValue> m) {
    if ("TEMPLATE".equals(str(m, "Kind"))) {
      return new EmailContent.Template(str(m, "TemplateName"), str(m, "TemplateVersion"), str(m, "FromAddress"));
    }
    List<MessageHeader> headers = new ArrayList<>();
    if (m.containsKey("Headers")) {
      for (AttributeValue h : m.get("Headers").l()) {
        headers.add(new MessageHeader(str(h.m(), "Name"), str(h.m(), "Value")));
      }
    }
    return new EmailContent.Inline(str(m, "Title"), str(m, "HtmlBody"), str(m, "Body"), str(m, "FromAddress"),
        headers);
  }






}
