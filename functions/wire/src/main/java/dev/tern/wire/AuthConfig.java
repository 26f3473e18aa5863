package dev.tern.wire;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Request authentication settings of every HTTP function, {@code tern.auth.*} ↔ {@code TERN_AUTH_*}:
 * SigV4 signatures checked against Tern's access keys, per operation and application. The access keys'
 * table ({@code tern.auth.table}) is read by functions/stores' StoresConfig with the other tables.
 */
@ConfigMapping(prefix = "tern.auth")
public interface AuthConfig {

  /**
   * Whether requests must be signed ({@code TERN_AUTH_ENABLED}). On by default; off only for tests of
   * other resources and for the benchmark's unauthenticated baseline.
   */
  @WithDefault("true")
  boolean enabled();

  /** KMS key (id, ARN or alias) sealing the secret access keys ({@code TERN_AUTH_KMS_KEY_ID}). */
  @WithDefault("alias/tern-access-keys")
  String kmsKeyId();

  /** How many unsealed secrets to keep in memory, sparing a KMS call per request. */
  @WithDefault("1000")
  int secretCacheSize();
}
