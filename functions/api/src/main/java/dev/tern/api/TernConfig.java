package dev.tern.api;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/**
 * The api function's own keys in Tern's one config namespace; the region and the tables every function
 * shares are read by functions/stores' StoresConfig. Each key maps to an environment variable by the
 * MicroProfile rule ({@code tern.journeys.table} ↔ {@code TERN_JOURNEYS_TABLE}), set in template.yaml.
 */
@ConfigMapping(prefix = "tern")
public interface TernConfig {

  /** Account id in app ARNs ({@code TERN_ACCOUNT_ID}); Lambda does not expose the account itself. */
  @WithDefault("000000000000")
  String accountId();

  /** Campaign settings. */
  Campaigns campaigns();

  /** Where the scheduler is nudged. */
  interface Campaigns {

    /** URL of CampaignNudgeQueue; absent: no nudges, campaigns start at the scheduler's next tick. */
    Optional<String> nudgeQueueUrl();
  }

  /** Journeys settings. */
  Journeys journeys();

  /** Where journeys live (only the api reads them, as its own JSON documents). */
  interface Journeys {

    /** DynamoDB table of journeys, key {@code ApplicationId} (S) + {@code JourneyId} (S). */
    @WithDefault("tern-journeys")
    String table();
  }
}
