package dev.tern.model.endpoint;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Helpers for Pinpoint's attribute maps ({@code {name: [values]}}), kept immutable and in request order. */
final class Attributes {

  private Attributes() {}

  /** An immutable, order-preserving copy; null becomes empty. */
  static Map<String, List<String>> copy(Map<String, List<String>> attributes) {
    if (attributes == null || attributes.isEmpty()) {
      return Map.of();
    }
    Map<String, List<String>> copy = new LinkedHashMap<>();
    attributes.forEach((name, values) -> copy.put(name, values == null ? List.of() : List.copyOf(values)));
    return java.util.Collections.unmodifiableMap(copy);
  }

  /**
   * Per-name replace: each name in {@code update} replaces the stored values of that name, names not in the
   * update are kept, and a name sent with no values is removed (see {@link EndpointUpdate} for the reading).
   */
  static Map<String, List<String>> merge(Map<String, List<String>> stored, Map<String, List<String>> update) {
    if (update == null) {
      return stored;
    }
    Map<String, List<String>> merged = new LinkedHashMap<>(stored);
    update.forEach(
        (name, values) -> {
          if (values == null || values.isEmpty()) {
            merged.remove(name);
          } else {
            merged.put(name, values);
          }
        });
    return copy(merged);
  }
}
