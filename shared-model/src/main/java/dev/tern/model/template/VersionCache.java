package dev.tern.model.template;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Values derived from one template version's text (compiled parts, parsed defaults), built once.
 *
 * <p>Why the source text is kept with the value: an update without {@code create-new-version}
 * overwrites the latest version in place (pinpoint-api.md §4.7), so name + version alone does not pin
 * the text; a changed text rebuilds the entry. Why clearing when full: a Lambda instance renders few
 * distinct templates, so a crude bound that never grows without limit is enough.
 */
final class VersionCache<T> {

  record Key(String name, TemplateType type, String version, String part) {}

  private record Entry<T>(String source, T value) {}

  private final int maxEntries;
  private final Map<Key, Entry<T>> entries = new ConcurrentHashMap<>();

  VersionCache(int maxEntries) {
    this.maxEntries = maxEntries;
  }

  T get(Key key, String source, Function<String, T> build) {
    Entry<T> entry = entries.get(key);
    if (entry != null && entry.source().equals(source)) {
      return entry.value();
    }
    if (entries.size() >= maxEntries) {
      entries.clear();
    }
    T value = build.apply(source);
    entries.put(key, new Entry<>(source, value));
    return value;
  }
}
