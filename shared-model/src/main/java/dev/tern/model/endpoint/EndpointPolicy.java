package dev.tern.model.endpoint;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Pinpoint's published endpoint limits as checks that name the offending field (pinpoint-api.md §5.2,
 * developer guide quotas page; the name and value lengths are also in the EndpointRequest model doc:
 * "An attribute name can contain up to 50 characters. An attribute value can contain up to 100
 * characters."). Each check returns violations rather than throwing, so the edge answers 400 with the
 * reason and batch callers can report every problem at once.
 *
 * <p>The per-user endpoint limit needs the user's other endpoints and lives in {@link UserEndpointLimit}.
 */
public final class EndpointPolicy {

  /** Longest custom attribute or metric name. */
  public static final int MAX_ATTRIBUTE_NAME_LENGTH = 50;
  /** Longest single attribute value. */
  public static final int MAX_ATTRIBUTE_VALUE_LENGTH = 100;
  /** Most values one Attributes or UserAttributes attribute may hold. */
  public static final int MAX_VALUES_PER_ATTRIBUTE = 50;
  /** Most distinct custom attribute names (Attributes + Metrics + UserAttributes) per application. */
  public static final int MAX_CUSTOM_ATTRIBUTES_PER_APP = 250;
  /** Most items in one UpdateEndpointsBatch request. */
  public static final int MAX_BATCH_ITEMS = 100;

  private EndpointPolicy() {}

  /**
   * Name length, value length and value count of every attribute and metric in {@code update}; field
   * names start at the update's root ({@code Attributes.color[2]}).
   */
  public static List<Violation> validate(EndpointUpdate update) {
    return validate(update, "");
  }

  /** Like {@link #validate(EndpointUpdate)} with a prefix for batch items, e.g. {@code Item[3].}. */
  public static List<Violation> validate(EndpointUpdate update, String fieldPrefix) {
    List<Violation> violations = new ArrayList<>();
    checkAttributes(update.attributes(), fieldPrefix + "Attributes", violations);
    if (update.user() != null) {
      checkAttributes(update.user().userAttributes(), fieldPrefix + "User.UserAttributes", violations);
      checkIdLength(update.user().userId(), fieldPrefix + "User.UserId").ifPresent(violations::add);
    }
    if (update.metrics() != null) {
      update.metrics().forEach((name, value) -> {
        String field = fieldPrefix + "Metrics." + name;
        checkName(name, field, violations);
        if (value == null || !Double.isFinite(value)) {
          violations.add(new Violation(field, "metric value must be a finite number, was " + value));
        }
      });
    }
    return violations;
  }

  /** The batch-size rule of UpdateEndpointsBatch: 1 to 100 items ("An array can contain a maximum of 100 items"). */
  public static Optional<Violation> checkBatchSize(int items) {
    if (items > MAX_BATCH_ITEMS) {
      return Optional.of(new Violation("Item",
          "a batch can contain at most " + MAX_BATCH_ITEMS + " endpoints, got " + items));
    }
    if (items < 1) {
      return Optional.of(new Violation("Item", "a batch needs at least one endpoint"));
    }
    return Optional.empty();
  }

  /**
   * Longest endpoint or user id, in UTF-8 bytes. Pinpoint publishes none; Tern's stores key items by these
   * ids (DynamoDB allows 1,024 bytes for a sort key), so longer ones are a 400 rather than a store fault.
   */
  public static final int MAX_ID_BYTES = 1000;

  /** An endpoint id must be present, not blank and at most {@link #MAX_ID_BYTES} (batch items: {@code Item[n].Id}). */
  public static Optional<Violation> checkEndpointId(String endpointId, String field) {
    if (endpointId == null || endpointId.isBlank()) {
      return Optional.of(new Violation(field, "an endpoint id is required"));
    }
    return checkIdLength(endpointId, field);
  }

  /** A user id (UserId, the {@code user-id} path parameter) is at most {@link #MAX_ID_BYTES} long. */
  public static Optional<Violation> checkIdLength(String id, String field) {
    if (id != null && id.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_ID_BYTES) {
      return Optional.of(new Violation(field, "an id can be at most " + MAX_ID_BYTES + " bytes (UTF-8) long"));
    }
    return Optional.empty();
  }

  /**
   * The custom attribute names an update introduces: every Attributes / UserAttributes name sent with at
   * least one value, and every Metrics name. Names sent empty clear a value and introduce nothing.
   */
  public static Set<AttributeName> namesIn(EndpointUpdate update) {
    Set<AttributeName> names = new LinkedHashSet<>();
    addNames(update.attributes(), AttributeName.Kind.ENDPOINT_CUSTOM, names);
    if (update.user() != null) {
      addNames(update.user().userAttributes(), AttributeName.Kind.ENDPOINT_USER, names);
    }
    if (update.metrics() != null) {
      update.metrics().keySet().forEach(n -> names.add(new AttributeName(AttributeName.Kind.ENDPOINT_METRIC, n)));
    }
    return names;
  }

  /**
   * The 250-per-application quota on custom attributes. Pinpoint's quota table counts "custom attributes"
   * across Attributes, Metrics and UserAttributes together, per application (pinpoint-api.md §5.2); Tern
   * counts distinct (kind, name) pairs. {@code known} are the names the application already has; the first
   * new name that would be the 251st is reported.
   */
  public static Optional<Violation> checkAttributeQuota(
      Set<AttributeName> known, Collection<EndpointUpdate> updates) {
    Set<AttributeName> all = new LinkedHashSet<>(known);
    for (EndpointUpdate update : updates) {
      for (AttributeName name : namesIn(update)) {
        if (all.add(name) && all.size() > MAX_CUSTOM_ATTRIBUTES_PER_APP) {
          return Optional.of(new Violation(name.field(),
              "the application already has " + MAX_CUSTOM_ATTRIBUTES_PER_APP
                  + " custom attributes (Attributes, Metrics and UserAttributes together)"));
        }
      }
    }
    return Optional.empty();
  }

  private static void addNames(
      Map<String, List<String>> attributes, AttributeName.Kind kind, Set<AttributeName> names) {
    if (attributes != null) {
      attributes.forEach((name, values) -> {
        if (values != null && !values.isEmpty()) {
          names.add(new AttributeName(kind, name));
        }
      });
    }
  }

  private static void checkAttributes(
      Map<String, List<String>> attributes, String prefix, List<Violation> violations) {
    if (attributes == null) {
      return;
    }
    attributes.forEach((name, values) -> {
      String field = prefix + "." + name;
      checkName(name, field, violations);
      if (values == null) {
        return;
      }
      if (values.size() > MAX_VALUES_PER_ATTRIBUTE) {
        violations.add(new Violation(field, "an attribute can have at most " + MAX_VALUES_PER_ATTRIBUTE
            + " values, got " + values.size()));
      }
      for (int i = 0; i < values.size(); i++) {
        String value = values.get(i);
        if (value == null) {
          violations.add(new Violation(field + "[" + i + "]", "attribute values cannot be null"));
        } else if (characters(value) > MAX_ATTRIBUTE_VALUE_LENGTH) {
          violations.add(new Violation(field + "[" + i + "]", "an attribute value can contain at most "
              + MAX_ATTRIBUTE_VALUE_LENGTH + " characters, got " + characters(value)));
        }
      }
    });
  }

  private static void checkName(String name, String field, List<Violation> violations) {
    if (name.isEmpty()) {
      violations.add(new Violation(field, "an attribute name cannot be empty"));
    } else if (characters(name) > MAX_ATTRIBUTE_NAME_LENGTH) {
      violations.add(new Violation(field, "an attribute name can contain at most "
          + MAX_ATTRIBUTE_NAME_LENGTH + " characters, got " + characters(name)));
    }
  }

  /** Characters as a person counts them (code points), so one emoji is one character, not two. */
  private static int characters(String text) {
    return text.codePointCount(0, text.length());
  }
}
