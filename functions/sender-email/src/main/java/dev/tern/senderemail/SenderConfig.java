package dev.tern.senderemail;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * sender-email's own keys in Tern's config namespace (env {@code TERN_*} from template.yaml); tables (the
 * delivery ledger's too) and region are read by functions/stores' StoresConfig.
 */
@ConfigMapping(prefix = "tern")
public interface SenderConfig {

  /** Campaign settings. */
  Campaigns campaigns();

  /** How sends are claimed. */
  interface Campaigns {

    /**
     * How long a claim on (run, endpoint) excludes other attempts ({@code TERN_CAMPAIGNS_SEND_LEASE}); must
     * exceed the function timeout, and the queue's visibility timeout must be at least this (see
     * CampaignSender).
     */
    @WithDefault("PT2M")
    Duration sendLease();
  }
}
