package dev.tern.model.endpoint;

import java.util.Objects;

/**
 * One custom attribute name of an application, qualified by its kind. The kinds are the three
 * {@code attribute-type} values of Pinpoint's RemoveAttributes operation, so "plan" as an endpoint
 * attribute and "plan" as a user attribute are two names against the per-application quota.
 */
public record AttributeName(Kind kind, String name) {

  /** The kinds of custom attribute, with the wire names RemoveAttributes uses for them. */
  public enum Kind {
    /** {@code Attributes}: endpoint-custom-attributes. */
    ENDPOINT_CUSTOM("endpoint-custom-attributes", "Attributes"),
    /** {@code Metrics}: endpoint-metric-attributes. */
    ENDPOINT_METRIC("endpoint-metric-attributes", "Metrics"),
    /** {@code User.UserAttributes}: endpoint-user-attributes. */
    ENDPOINT_USER("endpoint-user-attributes", "User.UserAttributes");

    private final String wireName;
    private final String fieldPrefix;

    Kind(String wireName, String fieldPrefix) {
      this.wireName = wireName;
      this.fieldPrefix = fieldPrefix;
    }

    /** The RemoveAttributes {@code attribute-type} path value. */
    public String wireName() {
      return wireName;
    }

    /** The request member holding this kind, used to name fields in violations. */
    public String fieldPrefix() {
      return fieldPrefix;
    }
  }

  /** Requires both parts. */
  public AttributeName {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(name, "name");
  }

  /** The wire path of this attribute, e.g. {@code User.UserAttributes.plan}. */
  public String field() {
    return kind.fieldPrefix() + "." + name;
  }
}
