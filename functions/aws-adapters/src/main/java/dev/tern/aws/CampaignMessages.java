package dev.tern.aws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tern.model.campaign.MessageRef;
import dev.tern.model.campaign.SegmentJob;
import dev.tern.model.campaign.SendEmailCommand;
import dev.tern.model.common.Timestamps;
import java.util.ArrayList;
import java.util.List;

/**
 * JSON bodies of SendEmailQueue ({@link SendEmailCommand}) and SegmentJobsQueue ({@link SegmentJob}) messages,
 * written member by member (see {@link QueueMessages}). A body's {@code version} is read as it is: the use
 * case refuses versions it cannot handle, so such a message fails and reaches the DLQ for a redrive.
 */
public final class CampaignMessages {

  private CampaignMessages() {}

  /** The body of a send command. */
  public static String write(SendEmailCommand c) {
    ObjectNode n = QueueMessages.JSON.createObjectNode();
    n.put("version", c.version());
    run(n, c.applicationId(), c.campaignId(), c.campaignVersion(), c.runId(), c.treatmentId(),
        Timestamps.format(c.scheduledStart()), c.maximumDurationSeconds(), c.message(), c.fromAddress(),
        c.configurationSet());
    n.put("batchIndex", c.batchIndex());
    ArrayNode ids = n.putArray("endpointIds");
    c.endpointIds().forEach(ids::add);
    return QueueMessages.write(n);
  }

  /** Reads a send command; a body that is not one is an {@link IllegalArgumentException}. */
  public static SendEmailCommand readCommand(String body) {
    JsonNode n = QueueMessages.readAny(body);
    List<String> ids = new ArrayList<>();
    n.path("endpointIds").forEach(id -> ids.add(id.asText()));
    return new SendEmailCommand(n.path("version").asInt(), text(n, "applicationId"), text(n, "campaignId"),
        n.path("campaignVersion").asInt(), text(n, "runId"), text(n, "treatmentId"),
        Timestamps.parse(text(n, "scheduledStart")), optInt(n, "maximumDurationSeconds"), message(n.path("message")),
        text(n, "fromAddress"), optText(n, "configurationSet"), n.path("batchIndex").asInt(), ids);
  }

  /** The body of a slice job. */
  public static String write(SegmentJob j) {
    ObjectNode n = QueueMessages.JSON.createObjectNode();
    n.put("version", j.version());
    run(n, j.applicationId(), j.campaignId(), j.campaignVersion(), j.runId(), j.treatmentId(),
        Timestamps.format(j.scheduledStart()), j.maximumDurationSeconds(), j.message(), j.fromAddress(),
        j.configurationSet());
    n.put("segmentId", j.segmentId());
    if (j.segmentVersion() != null) {
      n.put("segmentVersion", j.segmentVersion());
    }
    n.put("slice", j.slice());
    n.put("totalSlices", j.totalSlices());
    n.put("page", j.page());
    if (j.pageToken() != null) {
      n.put("pageToken", j.pageToken());
    }
    return QueueMessages.write(n);
  }

  /** Reads a slice job; a body that is not one is an {@link IllegalArgumentException}. */
  public static SegmentJob readJob(String body) {
    JsonNode n = QueueMessages.readAny(body);
    return new SegmentJob(n.path("version").asInt(), text(n, "applicationId"), text(n, "campaignId"),
        n.path("campaignVersion").asInt(), text(n, "runId"), text(n, "treatmentId"),
        Timestamps.parse(text(n, "scheduledStart")), optInt(n, "maximumDurationSeconds"), message(n.path("message")),
        text(n, "fromAddress"), optText(n, "configurationSet"), text(n, "segmentId"), optInt(n, "segmentVersion"),
        n.path("slice").asInt(), n.path("totalSlices").asInt(), n.path("page").asInt(), optText(n, "pageToken"));
  }

  private static void run(ObjectNode n, String app, String campaign, int campaignVersion, String runId,
      String treatment, String scheduledStart, Integer maximumDuration, MessageRef message, String from,
      String configurationSet) {
    n.put("applicationId", app);
    n.put("campaignId", campaign);
    n.put("campaignVersion", campaignVersion);
    n.put("runId", runId);
    n.put("treatmentId", treatment);
    n.put("scheduledStart", scheduledStart);
    if (maximumDuration != null) {
      n.put("maximumDurationSeconds", maximumDuration);
    }
    ObjectNode m = n.putObject("message");
    if (message instanceof MessageRef.TemplateMessage t) {
      m.put("type", "TEMPLATE");
      m.put("templateName", t.templateName());
      if (t.templateVersion() != null) {
        m.put("templateVersion", t.templateVersion());
      }
    } else if (message instanceof MessageRef.CampaignMessage c) {
      m.put("type", "CAMPAIGN");
      m.put("campaignId", c.campaignId());
      m.put("campaignVersion", c.campaignVersion());
    }
    n.put("fromAddress", from);
    if (configurationSet != null) {
      n.put("configurationSet", configurationSet);
    }
  }

  private static MessageRef message(JsonNode m) {
    return switch (m.path("type").asText()) {
      case "TEMPLATE" -> new MessageRef.TemplateMessage(text(m, "templateName"), optText(m, "templateVersion"));
      case "CAMPAIGN" -> new MessageRef.CampaignMessage(text(m, "campaignId"), m.path("campaignVersion").asInt());
      default -> throw new IllegalArgumentException("message.type must be TEMPLATE or CAMPAIGN");
    };
  }

  private static String text(JsonNode n, String field) {
    return QueueMessages.text(n, field);
  }

  private static String optText(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  private static Integer optInt(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? null : v.asInt();
  }
}
