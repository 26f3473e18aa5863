package dev.tern.model.event;

import dev.tern.model.endpoint.Violation;
import java.util.ArrayList;
import java.util.List;

/**
 * PutEvents' published per-event limits (pinpoint-api.md §4.3 and §5.2, developer guide quotas): event type
 * and timestamp required, at most 40 attribute + metric keys, attribute keys up to 50 characters and values
 * up to 200 ("longer → event dropped": here a 400 for that event, so the client learns why), finite metrics,
 * and a Session with its Id and StartTimestamp when one is sent. Returns violations; never throws.
 */
public final class EventPolicy {

  /** Most events in one PutEvents request. */
  public static final int MAX_EVENTS_PER_REQUEST = 100;
  /** Most attribute + metric keys of one event. */
  public static final int MAX_KEYS_PER_EVENT = 40;
  /** Longest attribute or metric key. */
  public static final int MAX_KEY_LENGTH = 50;
  /** Longest attribute value. */
  public static final int MAX_VALUE_LENGTH = 200;

  private EventPolicy() {}

  /** Every rule {@code event} breaks, fields named from the event ({@code Attributes.color}). */
  public static List<Violation> validate(Event event) {
    List<Violation> violations = new ArrayList<>();
    if (event.eventType() == null || event.eventType().isBlank()) {
      violations.add(new Violation("EventType", "is required"));
    }
    if (event.timestamp() == null) {
      violations.add(new Violation("Timestamp", "is required (ISO-8601)"));
    }
    int keys = event.attributes().size() + event.metrics().size();
    if (keys > MAX_KEYS_PER_EVENT) {
      violations.add(new Violation("Attributes", "an event can have at most " + MAX_KEYS_PER_EVENT
          + " attribute and metric keys together, got " + keys));
    }
    event.attributes().forEach((key, value) -> {
      checkKey(key, "Attributes." + key, violations);
      if (value == null) {
        violations.add(new Violation("Attributes." + key, "a value is required"));
      } else if (value.codePointCount(0, value.length()) > MAX_VALUE_LENGTH) {
        violations.add(new Violation("Attributes." + key, "an attribute value can contain at most "
            + MAX_VALUE_LENGTH + " characters"));
      }
    });
    event.metrics().forEach((key, value) -> {
      checkKey(key, "Metrics." + key, violations);
      if (value == null || !Double.isFinite(value)) {
        violations.add(new Violation("Metrics." + key, "metric value must be a finite number, was " + value));
      }
    });
    if (event.session() != null) {
      if (event.session().id() == null || event.session().id().isBlank()) {
        violations.add(new Violation("Session.Id", "is required in a Session"));
      }
      if (event.session().startTimestamp() == null) {
        violations.add(new Violation("Session.StartTimestamp", "is required in a Session"));
      }
    }
    return violations;
  }

  private static void checkKey(String key, String field, List<Violation> violations) {
    if (key.isEmpty()) {
      violations.add(new Violation(field, "a key cannot be empty"));
    } else if (key.codePointCount(0, key.length()) > MAX_KEY_LENGTH) {
      violations.add(new Violation(field, "a key can contain at most " + MAX_KEY_LENGTH + " characters"));
    }
  }
}
