package dev.tern.model.channel;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One app's configuration of one channel.
 *
 * @param applicationId the owning app
 * @param kind which channel
 * @param enabled whether sending through it is on
 * @param version 1 on the first update, +1 on each following one
 * @param creationDate first configured
 * @param lastModifiedDate last updated
 * @param settings the string members of the request shape by model name ({@code FromAddress} …),
 *     credentials included; never null
 */
public record Channel(
    String applicationId,
    ChannelKind kind,
    boolean enabled,
    int version,
    Instant creationDate,
    Instant lastModifiedDate,
    Map<String, String> settings) {

  /** Requires the identity and copies the settings, keeping their order. */
  public Channel {
    Objects.requireNonNull(applicationId, "applicationId");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(creationDate, "creationDate");
    Objects.requireNonNull(lastModifiedDate, "lastModifiedDate");
    settings = settings == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(settings));
  }

  /** A member's value, or null. */
  public String setting(String member) {
    return settings.get(member);
  }

  /** {@code HasCredential}: a credential member is set (email, SMS and voice use the role/account instead). */
  public boolean hasCredential() {
    return kind.members().stream().anyMatch(m -> m.secret() && settings.get(m.name()) != null);
  }
}
