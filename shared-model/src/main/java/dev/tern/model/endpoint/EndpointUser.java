package dev.tern.model.endpoint;

import java.util.List;
import java.util.Map;

/**
 * The user an endpoint belongs to, Pinpoint's {@code EndpointUser}: an optional client-chosen UserId and
 * the user's custom attributes (name → values; names are case sensitive).
 */
public record EndpointUser(String userId, Map<String, List<String>> userAttributes) {

  /** An endpoint without a user. */
  public static final EndpointUser NONE = new EndpointUser(null, Map.of());

  /** Copies the attribute map so the record stays immutable; null means no attributes. */
  public EndpointUser {
    userAttributes = Attributes.copy(userAttributes);
  }

  /** This user without its UserId (attributes kept), as Pinpoint does to a displaced 16th-endpoint victim. */
  public EndpointUser withoutUserId() {
    return new EndpointUser(null, userAttributes);
  }
}
