package dev.tern.api;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Tern's one config namespace as the api function reads it. Each key maps to an environment variable
 * by the MicroProfile rule ({@code tern.apps.table} ↔ {@code TERN_APPS_TABLE}), set in template.yaml.
 */
@ConfigMapping(prefix = "tern")
public interface TernConfig {

  /** Region of the DynamoDB client and of app ARNs; Lambda sets {@code AWS_REGION}. */
  @WithDefault("${AWS_REGION:us-east-1}")
  String region();

  /** Account id in app ARNs ({@code TERN_ACCOUNT_ID}); Lambda does not expose the account itself. */
  @WithDefault("000000000000")
  String accountId();

  /** Request authentication (SigV4 with Tern's own access keys). */
  Auth auth();

  /** Apps settings. */
  Apps apps();

  /** Where apps live. */
  interface Apps {

    /** DynamoDB table of apps and their settings, key {@code ApplicationId} (S). */
    @WithDefault("tern-apps")
    String table();
  }

  /** Who may call: SigV4 signatures checked against Tern's access keys, per operation and app. */
  interface Auth {

    /**
     * Whether requests must be signed ({@code TERN_AUTH_ENABLED}). On by default; off only for tests
     * of other resources and for the benchmark's unauthenticated baseline.
     */
    @WithDefault("true")
    boolean enabled();

    /** DynamoDB table of access keys, key {@code AccessKeyId} (S) ({@code TERN_AUTH_TABLE}). */
    @WithDefault("tern-access-keys")
    String table();

    /** KMS key (id, ARN or alias) sealing the secret access keys ({@code TERN_AUTH_KMS_KEY_ID}). */
    @WithDefault("alias/tern-access-keys")
    String kmsKeyId();

    /** How many unsealed secrets to keep in memory, sparing a KMS call per request. */
    @WithDefault("1000")
    int secretCacheSize();
  }
}
