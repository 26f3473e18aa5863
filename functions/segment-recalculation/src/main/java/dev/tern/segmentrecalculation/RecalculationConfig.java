package dev.tern.segmentrecalculation;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * segment-recalculation's own keys in Tern's config namespace (env {@code TERN_*} from template.yaml); tables,
 * region and SegmentJobsQueue are read by functions/stores' StoresConfig.
 */
@ConfigMapping(prefix = "tern")
public interface RecalculationConfig {

  /** Campaign settings. */
  Campaigns campaigns();

  /** Where commands go, and how much one invocation reads. */
  interface Campaigns {

    /** URL of SendEmailQueue ({@code TERN_CAMPAIGNS_SEND_EMAIL_QUEUE_URL}). */
    @WithDefault("http://localhost/send-email")
    String sendEmailQueueUrl();

    /** Endpoints read per scan page. */
    @WithDefault("500")
    int audiencePageSize();

    /** Pages one invocation resolves before the slice continues in a new job (bounds the invocation time). */
    @WithDefault("10")
    int audiencePagesPerJob();
  }
}
