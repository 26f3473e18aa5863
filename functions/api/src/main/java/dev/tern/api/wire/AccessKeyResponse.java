package dev.tern.api.wire;

import dev.tern.model.auth.AccessKey;
import dev.tern.model.auth.AppScope;
import dev.tern.model.auth.IssuedKey;
import dev.tern.wire.PinpointJson;
import java.util.List;

/**
 * One access key in Tern's admin API. {@code SecretAccessKey} is present only in the answer that
 * issued the key: it is never stored in clear and cannot be read back.
 */
@PinpointJson
public record AccessKeyResponse(String accessKeyId, String secretAccessKey, String role, List<String> applicationIds,
                                String description, String creationDate, String status) {

  /** A listed key, without its secret. */
  public static AccessKeyResponse of(AccessKey key) {
    List<String> apps = key.scope() instanceof AppScope.Apps scoped ? scoped.appIds().stream().sorted().toList() : null;
    return new AccessKeyResponse(key.id(), null, key.role().name(), apps,
        key.description().isEmpty() ? null : key.description(), key.created().toString(), key.status().name());
  }

  /** A freshly issued key with its secret, shown this once. */
  public static AccessKeyResponse of(IssuedKey issued) {
    AccessKeyResponse listed = of(issued.key());
    return new AccessKeyResponse(listed.accessKeyId, issued.secretAccessKey(), listed.role, listed.applicationIds,
        listed.description, listed.creationDate, listed.status);
  }

  @Override
  public String toString() {
    return "AccessKeyResponse[" + accessKeyId + ", " + role + ", " + status + "]";
  }
}
