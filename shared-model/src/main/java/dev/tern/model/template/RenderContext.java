package dev.tern.model.template;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the Handlebars model for one recipient: a normalized copy of the endpoint view with
 * substitutions and defaults placed at their variable paths.
 *
 * <p>Precedence, highest first (model docs of the {@code Substitutions} members; pinpoint-api.md §4.7):
 *
 * <ol>
 *   <li>endpoint/address-level {@code Substitutions} — "take precedence over all other variables";
 *   <li>the endpoint's own values;
 *   <li>message-level {@code Substitutions} ({@code DefaultMessage} or channel message) — "the default
 *       message variables to use in the message", read as defaults that beat the template's;
 *   <li>the template's {@code DefaultSubstitutions};
 *   <li>nothing: the variable renders as empty text (user guide, message-templates-personalizing.md).
 * </ol>
 *
 * <p>A value is missing when absent, null or an empty list; an empty string is a value. Values placed
 * at {@code Attributes.x} / {@code User.UserAttributes.x} become lists, as those attributes are in the
 * model, so both {@code {{x}}} and {@code {{x.[0]}}} work on a default. Paths with an index anywhere
 * but at the end are ignored.
 */
final class RenderContext {

  private RenderContext() {}

  static Map<String, Object> build(
      Map<String, ?> endpoint, DefaultSubstitutions defaults, Substitutions substitutions) {
    Map<String, Object> root = normalizeMap(endpoint == null ? Map.of() : endpoint);
    substitutions.message().forEach((path, values) -> place(root, path, fromList(path, values), false));
    defaults.values().forEach((path, value) -> place(root, path, fromString(path, value), false));
    substitutions.endpoint().forEach((path, values) -> place(root, path, fromList(path, values), true));
    return root;
  }

  private static Object fromString(String path, String value) {
    VariablePath p = VariablePath.parse(path);
    return p != null && p.isListAttribute() ? ValueList.of(value) : value;
  }

  private static Object fromList(String path, List<String> values) {
    VariablePath p = VariablePath.parse(path);
    if (values == null || values.isEmpty()) {
      return null;
    }
    if (values.size() == 1 && (p == null || !p.isListAttribute())) {
      return values.get(0);
    }
    return new ValueList(values);
  }

  @SuppressWarnings("unchecked")
  private static void place(Map<String, Object> root, String text, Object value, boolean override) {
    VariablePath path = VariablePath.parse(text);
    if (path == null || value == null) {
      return;
    }
    List<Object> segments = path.segments();
    int lastName = path.endsWithIndex() ? segments.size() - 2 : segments.size() - 1;
    if (lastName < 0) {
      return;
    }
    Map<String, Object> parent = root;
    for (int i = 0; i < lastName; i++) {
      if (!(segments.get(i) instanceof String name)) {
        return;
      }
      Object child = parent.get(name);
      if (!(child instanceof Map)) {
        if (child != null && !isMissing(child) && !override) {
          return;
        }
        child = new LinkedHashMap<String, Object>();
        parent.put(name, child);
      }
      parent = (Map<String, Object>) child;
    }
    if (!(segments.get(lastName) instanceof String name)) {
      return;
    }
    if (!path.endsWithIndex()) {
      if (override || isMissing(parent.get(name))) {
        parent.put(name, value);
      }
      return;
    }
    int index = (Integer) segments.get(segments.size() - 1);
    Object existing = parent.get(name);
    ValueList list;
    if (existing instanceof ValueList l) {
      list = l;
    } else if (existing == null || override) {
      list = new ValueList(List.of());
      parent.put(name, list);
    } else {
      return;
    }
    Object element = value instanceof ValueList l && l.size() == 1 ? l.get(0) : value;
    if (override || index >= list.size() || list.get(index) == null) {
      list.put(index, element);
    }
  }

  static boolean isMissing(Object value) {
    return value == null || (value instanceof Collection<?> c && c.isEmpty());
  }

  private static Map<String, Object> normalizeMap(Map<?, ?> map) {
    Map<String, Object> copy = new LinkedHashMap<>();
    map.forEach((k, v) -> copy.put(String.valueOf(k), normalize(v)));
    return copy;
  }

  private static Object normalize(Object value) {
    if (value instanceof Map<?, ?> map) {
      return normalizeMap(map);
    }
    if (value instanceof Collection<?> values) {
      return new ValueList(values.stream().map(RenderContext::normalize).toList());
    }
    return value;
  }
}
