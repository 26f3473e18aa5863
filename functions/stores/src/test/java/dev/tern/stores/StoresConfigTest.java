package dev.tern.stores;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.smallrye.config.EnvConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * One name end to end: every table and shared queue of {@link StoresConfig} is set by an environment variable
 * template.yaml really declares, by the MicroProfile rule Lambda's environment goes through. A key nobody
 * sets would silently fall back to its local default ("tern-apps") and point a deployed function at a
 * table that does not exist.
 */
class StoresConfigTest {

  private static final Pattern TERN_VARIABLE = Pattern.compile("^\\s+(TERN_[A-Z0-9_]+):", Pattern.MULTILINE);

  /** Every TERN_* variable of template.yaml (Globals and each function), valued with its own name. */
  private static Map<String, String> templateVariables() throws IOException {
    String template = Files.readString(Path.of("../../template.yaml"));
    Map<String, String> variables = new LinkedHashMap<>();
    Matcher m = TERN_VARIABLE.matcher(template);
    while (m.find()) {
      variables.put(m.group(1), m.group(1));
    }
    return variables;
  }

  private static StoresConfig config(Map<String, String> environment) {
    SmallRyeConfig config = new SmallRyeConfigBuilder()
        .addDefaultInterceptors() // ${AWS_REGION:…} expressions, as Quarkus expands them
        .withMapping(StoresConfig.class)
        .withSources(new EnvConfigSource(environment, 300))
        // As in Quarkus: other interfaces map the function-specific tern.* keys.
        .withDefaultValue("smallrye.config.mapping.validate-unknown", "false")
        .build();
    return config.getConfigMapping(StoresConfig.class);
  }

  @Test
  void everyTableAndSharedQueueIsSetByTemplateYaml() throws IOException {
    StoresConfig config = config(templateVariables());

    assertEquals("TERN_APPS_TABLE", config.apps().table());
    assertEquals("TERN_ENDPOINTS_TABLE", config.endpoints().table());
    assertEquals("TERN_SEGMENTS_TABLE", config.segments().table());
    assertEquals("TERN_CHANNELS_TABLE", config.channels().table());
    assertEquals("TERN_TEMPLATES_TABLE", config.templates().table());
    assertEquals("TERN_CAMPAIGNS_TABLE", config.campaigns().table());
    assertEquals("TERN_CAMPAIGNS_RUNS_TABLE", config.campaigns().runsTable());
    assertEquals("TERN_CAMPAIGNS_LEDGER_TABLE", config.campaigns().ledgerTable());
    assertEquals("TERN_CAMPAIGNS_SEGMENT_JOBS_QUEUE_URL", config.campaigns().segmentJobsQueueUrl());
    assertEquals("TERN_EVENTS_TABLE", config.events().table());
    assertEquals("TERN_AUTH_TABLE", config.auth().table());
  }

  @Test
  void unsetKeysFallBackToTheLocalDefaults() {
    StoresConfig config = config(Map.of());

    assertEquals("tern-apps", config.apps().table());
    assertEquals("tern-delivery-ledger", config.campaigns().ledgerTable());
    assertEquals(Duration.ofDays(30), config.campaigns().ledgerRetention());
    assertEquals("us-east-1", config(Map.of("AWS_REGION", "us-east-1")).region());
    assertEquals("eu-west-3", config(Map.of("AWS_REGION", "eu-west-3")).region());
    assertEquals("ap-south-1", config(Map.of("AWS_REGION", "eu-west-3", "TERN_REGION", "ap-south-1")).region());
  }
}
