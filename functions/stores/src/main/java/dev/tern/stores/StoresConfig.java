package dev.tern.stores;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * Where Tern's data lives, read once for every function: the region of the AWS clients, one key per table
 * and per queue that more than one function uses. Each key maps to the environment variable template.yaml
 * sets by the MicroProfile rule ({@code tern.endpoints.table} ↔ {@code TERN_ENDPOINTS_TABLE}); the tables
 * are in its Globals, so every function sees the same names. Function-specific settings (their own queue
 * URLs, slice counts, leases) stay in each function's own config interface under the same {@code tern}
 * prefix.
 */
@ConfigMapping(prefix = "tern")
public interface StoresConfig {

  /** Region of the AWS clients and of the ARNs Tern answers with; Lambda sets {@code AWS_REGION}. */
  @WithDefault("${AWS_REGION:us-east-1}")
  String region();

  /** Apps settings. */
  Apps apps();

  /** Endpoints settings. */
  Endpoints endpoints();

  /** Segments settings. */
  Segments segments();

  /** Channels settings. */
  Channels channels();

  /** Templates settings. */
  Templates templates();

  /** Campaign settings. */
  Campaigns campaigns();

  /** Events settings. */
  Events events();

  /** Access keys settings (the rest of {@code tern.auth.*} is functions/wire's AuthConfig). */
  Auth auth();

  /** Where apps live. */
  interface Apps {

    /** AppsTable: apps and their settings, key {@code ApplicationId} (S) ({@code TERN_APPS_TABLE}). */
    @WithDefault("tern-apps")
    String table();
  }

  /** Where endpoints live. */
  interface Endpoints {

    /**
     * EndpointsTable: endpoints, the per-app attribute catalog and LastActivity ({@code TERN_ENDPOINTS_TABLE}).
     */
    @WithDefault("tern-endpoints")
    String table();
  }

  /** Where segments live. */
  interface Segments {

    /**
     * SegmentsTable: segments and their versions, key {@code ApplicationId} (S) + {@code SegmentKey} (S)
     * ({@code TERN_SEGMENTS_TABLE}).
     */
    @WithDefault("tern-segments")
    String table();
  }

  /** Where each app's channel configurations live. */
  interface Channels {

    /** ChannelsTable, key {@code ApplicationId} (S) + {@code ChannelType} (S) ({@code TERN_CHANNELS_TABLE}). */
    @WithDefault("tern-channels")
    String table();
  }

  /** Where message templates live (account-wide, not per app). */
  interface Templates {

    /**
     * TemplatesTable: templates and their versions, key {@code TemplateKey} (S) + {@code Sort} (S)
     * ({@code TERN_TEMPLATES_TABLE}).
     */
    @WithDefault("tern-templates")
    String table();
  }

  /** Where campaigns, their runs, deliveries and slice jobs are. */
  interface Campaigns {

    /** CampaignsTable: campaign versions, key {@code ApplicationId} (S) + {@code Sk} (S) ({@code TERN_CAMPAIGNS_TABLE}). */
    @WithDefault("tern-campaigns")
    String table();

    /** CampaignRunsTable: campaign runs (activities), key {@code RunId} (S) ({@code TERN_CAMPAIGNS_RUNS_TABLE}). */
    @WithDefault("tern-campaign-runs")
    String runsTable();

    /** DeliveryLedgerTable: one claim per (run, endpoint) ({@code TERN_CAMPAIGNS_LEDGER_TABLE}). */
    @WithDefault("tern-delivery-ledger")
    String ledgerTable();

    /** How long a run's ledger entries are kept (DynamoDB TTL). */
    @WithDefault("P30D")
    Duration ledgerRetention();

    /**
     * URL of SegmentJobsQueue ({@code TERN_CAMPAIGNS_SEGMENT_JOBS_QUEUE_URL}): the scheduler publishes each
     * run's audience slices there, segment-recalculation its continuations.
     */
    @WithDefault("http://localhost/segment-jobs")
    String segmentJobsQueueUrl();
  }

  /** Where event records live. */
  interface Events {

    /** EventsTable, key {@code EventKey} (S), TTL {@code ExpiresAt} ({@code TERN_EVENTS_TABLE}). */
    @WithDefault("tern-events")
    String table();
  }

  /** Where access keys live. */
  interface Auth {

    /** AccessKeysTable, key {@code AccessKeyId} (S) ({@code TERN_AUTH_TABLE}); secrets sealed under KMS. */
    @WithDefault("tern-access-keys")
    String table();
  }
}
