package dev.tern.model.template;

import java.util.List;
import java.util.Map;

/**
 * Per-message variable values of a send request, each {@code {name: [values]}} as in the model's
 * {@code Substitutions} members.
 *
 * @param message from {@code DefaultMessage} or the channel message ({@code EmailMessage}, {@code
 *     SMSMessage}, …): fill variables the endpoint lacks, beating the template's defaults
 * @param endpoint from {@code Addresses.{address}} or {@code Endpoints.{id}}: override everything
 */
public record Substitutions(Map<String, List<String>> message, Map<String, List<String>> endpoint) {

  /** No substitutions. */
  public static final Substitutions NONE = new Substitutions(Map.of(), Map.of());

  /** Normalizes null maps to empty ones. */
  public Substitutions {
    message = message == null ? Map.of() : Map.copyOf(message);
    endpoint = endpoint == null ? Map.of() : Map.copyOf(endpoint);
  }

  /** Only message-level substitutions. */
  public static Substitutions ofMessage(Map<String, List<String>> message) {
    return new Substitutions(message, Map.of());
  }
}
