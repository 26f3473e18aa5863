package dev.tern.aws;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * JSON bodies of Tern's queue messages, written by hand from the domain records so the wire form is explicit
 * and versioned (style.md §3): every body has a {@code version}, and a reader refuses versions it does not
 * know instead of misreading them.
 */
public final class QueueMessages {

  static final ObjectMapper JSON = new ObjectMapper();

  private QueueMessages() {}

  /** A CampaignNudgeQueue body: {@code {"version":1,"applicationId":…,"campaignId":…}}. */
  public static String nudge(String applicationId, String campaignId) {
    ObjectNode n = JSON.createObjectNode();
    n.put("version", 1);
    n.put("applicationId", applicationId);
    n.put("campaignId", campaignId);
    return write(n);
  }

  /** A parsed nudge. */
  public record Nudge(String applicationId, String campaignId) {}

  /** Reads a nudge body; a malformed body or an unknown version is an {@link IllegalArgumentException}. */
  public static Nudge readNudge(String body) {
    JsonNode n = read(body, 1);
    return new Nudge(text(n, "applicationId"), text(n, "campaignId"));
  }

  static String write(JsonNode node) {
    try {
      return JSON.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot happen for a tree of strings and numbers", e);
    }
  }

  /** Parses a JSON object body without checking its version (the use case decides about versions). */
  static JsonNode readAny(String body) {
    JsonNode n;
    try {
      n = JSON.readTree(body);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage());
    }
    if (n == null || !n.isObject()) {
      throw new IllegalArgumentException("not a JSON object");
    }
    return n;
  }

  static JsonNode read(String body, int version) {
    JsonNode n = readAny(body);
    if (n.path("version").asInt(-1) != version) {
      throw new IllegalArgumentException("unsupported message version " + n.path("version") + "; this code reads "
          + version);
    }
    return n;
  }

  static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    if (v == null || !v.isTextual() || v.asText().isEmpty()) {
      throw new IllegalArgumentException("missing string member " + field);
    }
    return v.asText();
  }
}
