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

  /** Campaign settings. */
  Campaigns campaigns();

  /** Where campaigns and their runs live, and where the scheduler is nudged. */
  interface Campaigns {

    /** DynamoDB table of campaign versions, keys {@code ApplicationId} (S) + {@code Sk} (S). */
    @WithDefault("tern-campaigns")
    String table();

    /** DynamoDB table of campaign runs (activities), key {@code RunId} (S). */
    @WithDefault("tern-campaign-runs")
    String runsTable();

    /** URL of CampaignNudgeQueue; absent: no nudges, campaigns start at the scheduler's next tick. */
    java.util.Optional<String> nudgeQueueUrl();
  }

  /** Where apps live. */
  interface Apps {

    /** DynamoDB table of apps and their settings, key {@code ApplicationId} (S). */
    @WithDefault("tern-apps")
    String table();
  }

  /** Segments settings. */
  Segments segments();

  /** Where segments live. */
  interface Segments {

    /**
     * DynamoDB table of segments and their versions, partition key {@code ApplicationId} (S), sort key
     * {@code SegmentKey} (S).
     */
    @WithDefault("tern-segments")
    String table();
  }

  /** Channels settings. */
  Channels channels();

  /** Where each app's channel configurations live. */
  interface Channels {

    /** DynamoDB table of channels, partition key {@code ApplicationId} (S), sort key {@code ChannelType} (S). */
    @WithDefault("tern-channels")
    String table();
  }

  /** Templates settings. */
  Templates templates();

  /** Where message templates live (account-wide, not per app). */
  interface Templates {

    /** DynamoDB table of templates and their versions, partition key {@code TemplateKey} (S), sort key {@code Sort} (S). */
    @WithDefault("tern-templates")
    String table();
  }

  /** Journeys settings. */
  Journeys journeys();

  /** Where journeys live. */
  interface Journeys {

    /** DynamoDB table of journeys, key {@code ApplicationId} (S) + {@code JourneyId} (S). */
    @WithDefault("tern-journeys")
    String table();
  }
}
