package dev.tern.senderemail;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Tern's config namespace as sender-email reads it (env {@code TERN_*} from template.yaml). */
@ConfigMapping(prefix = "tern")
public interface SenderConfig {

  /** Region of the AWS clients; Lambda sets {@code AWS_REGION}. */
  @WithDefault("${AWS_REGION:us-east-1}")
  String region();

  /** Campaign settings. */
  Campaigns campaigns();

  /** Endpoint settings. */
  Endpoints endpoints();

  /** Template settings. */
  Templates templates();

  /** Where runs and the ledger live, and the send lease. */
  interface Campaigns {

    /** DynamoDB table of campaign versions (inline message content; completion moves the campaign). */
    @WithDefault("tern-campaigns")
    String table();

    /** DynamoDB table of campaign runs (CampaignRunsTable). */
    @WithDefault("tern-campaign-runs")
    String runsTable();

    /** DynamoDB table of the delivery ledger (DeliveryLedgerTable). */
    @WithDefault("tern-delivery-ledger")
    String ledgerTable();

    /**
     * How long a claim on (run, endpoint) excludes other attempts; must exceed the function timeout, and the
     * queue's visibility timeout must be at least this (see CampaignSender).
     */
    @WithDefault("PT2M")
    Duration sendLease();

    /** How long a run's ledger entries are kept (DynamoDB TTL). */
    @WithDefault("P30D")
    Duration ledgerRetention();
  }

  /** Where endpoints live. */
  interface Endpoints {

    /** DynamoDB table of endpoints (EndpointsTable). */
    @WithDefault("tern-endpoints")
    String table();
  }

  /** Where templates live. */
  interface Templates {

    /** DynamoDB table of message templates (TemplatesTable). */
    @WithDefault("tern-templates")
    String table();
  }
}
