package dev.tern.model.channel;

import dev.tern.model.endpoint.Violation;
import java.util.List;
import java.util.Map;

/**
 * The content of an {@code Update*Channel} request after the edge has read it.
 *
 * @param enabled {@code Enabled}, or null when absent
 * @param values the string members sent, by model name; absent members are absent keys
 * @param wireViolations what the edge could not read (a member of the wrong JSON type)
 */
public record ChannelUpdate(Boolean enabled, Map<String, String> values, List<Violation> wireViolations) {

  /** Copies the parts; null becomes empty. */
  public ChannelUpdate {
    values = values == null ? Map.of() : Map.copyOf(values);
    wireViolations = wireViolations == null ? List.of() : List.copyOf(wireViolations);
  }
}
