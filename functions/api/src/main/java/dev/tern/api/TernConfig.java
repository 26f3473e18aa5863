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

  /** Apps settings. */
  Apps apps();

  /** Where apps live. */
  interface Apps {

    /** DynamoDB table of apps and their settings, key {@code ApplicationId} (S). */
    @WithDefault("tern-apps")
    String table();
  }
}
