package dev.tern.model.template;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * In-memory {@link TemplateStore}: the reference implementation of Pinpoint's version rules, used by
 * unit tests and by the local API. Each rule cites its source:
 *
 * <ul>
 *   <li>[UG] = user guide "Managing versions of message templates" (awsdocs
 *       amazon-pinpoint-user-guide, message-templates-versioning.md); [MODEL] = botocore model docs of
 *       the {@code version} / {@code create-new-version} parameters and {@code
 *       TemplateActiveVersionRequest}; [§4.7] = pinpoint-api.md §4.7.
 *   <li>Version numbers start at 1, increase by one and "are never reused" [UG] — a deleted top
 *       version's number is not handed out again.
 *   <li>The first version is made active on create [UG]; new versions do not change the active one
 *       [UG]; Get without a version returns the active version [MODEL].
 *   <li>Update without parameters overwrites the latest version; {@code create-new-version=true} adds
 *       one and then {@code version} must be absent; a {@code version} on update must equal the
 *       latest, for optimistic concurrency [MODEL].
 *   <li>{@code tags} on update are ignored ("deprecated for update operations … not processed",
 *       [MODEL] since 2023-05-22). Tags belong to the template (its ARN names no version): they are
 *       set at create and changed only by TagResource/UntagResource, and every version answers them.
 *   <li>At most 5,000 versions per template [UG, §5.2].
 *   <li>Delete without a version deletes the template with all its versions [MODEL].
 * </ul>
 *
 * <p>Tern's readings where Pinpoint documents nothing: deleting the active version is rejected while
 * other versions exist, because "one version has to be designated as the active version" [UG];
 * deleting the only version deletes the template; creating an existing name+type is rejected. Page
 * tokens are opaque and encode the last key returned, so deletes between pages skip nothing.
 */
public final class InMemoryTemplateStore implements TemplateStore {

  private static final String LATEST = "latest";

  private record Key(String name, TemplateType type) {}

  private static final class Entry {
    final NavigableMap<Long, TemplateVersion> versions = new TreeMap<>();
    long lastNumber;
    long active;
  }

  private static final Comparator<Key> ORDER =
      Comparator.comparing(Key::name).thenComparing(Key::type);

  private final Clock clock;
  private final NavigableMap<Key, Entry> templates = new TreeMap<>(ORDER);

  /** A store whose dates come from {@code clock}. */
  public InMemoryTemplateStore(Clock clock) {
    this.clock = clock;
  }

  @Override
  public synchronized StoreResult create(String name, MessageTemplate template) {
    Key key = new Key(name, template.type());
    if (templates.containsKey(key)) {
      return new StoreResult.Rejected("TemplateName", "Template already exists: " + describe(key));
    }
    Entry entry = new Entry();
    Instant now = clock.instant();
    TemplateVersion first = new TemplateVersion(name, "1", now, now, template);
    entry.versions.put(1L, first);
    entry.lastNumber = 1;
    entry.active = 1;
    templates.put(key, entry);
    return new StoreResult.Ok(first);
  }

  @Override
  public synchronized StoreResult update(
      String name, MessageTemplate template, boolean createNewVersion, String version) {
    Key key = new Key(name, template.type());
    Entry entry = templates.get(key);
    if (entry == null) {
      return notFound(key);
    }
    if (createNewVersion && version != null) {
      return new StoreResult.Rejected(
          "version", "must be omitted when create-new-version is true");
    }
    TemplateVersion latest = entry.versions.lastEntry().getValue();
    if (version != null && !version.equals(latest.version())) {
      return new StoreResult.Rejected(
          "version", "must match the latest version " + latest.version() + ", was " + version);
    }
    MessageTemplate content = template.withTags(entry.versions.get(entry.active).template().tags());
    Instant now = clock.instant();
    if (!createNewVersion) {
      TemplateVersion overwritten =
          new TemplateVersion(name, latest.version(), latest.creationDate(), now, content);
      entry.versions.put(latest.number(), overwritten);
      return new StoreResult.Ok(overwritten);
    }
    if (entry.versions.size() >= TemplateLimits.VERSIONS) {
      return new StoreResult.Rejected("create-new-version",
          "a template keeps at most " + TemplateLimits.VERSIONS + " versions");
    }
    long number = ++entry.lastNumber;
    TemplateVersion added = new TemplateVersion(name, Long.toString(number), now, now, content);
    entry.versions.put(number, added);
    return new StoreResult.Ok(added);
  }

  @Override
  public synchronized StoreResult get(String name, TemplateType type, String version) {
    Key key = new Key(name, type);
    Entry entry = templates.get(key);
    if (entry == null) {
      return notFound(key);
    }
    if (version == null) {
      return new StoreResult.Ok(entry.versions.get(entry.active));
    }
    Long number = parseVersion(version);
    if (number == null) {
      return badVersion(version);
    }
    TemplateVersion found = entry.versions.get(number);
    return found == null ? versionNotFound(key, version) : new StoreResult.Ok(found);
  }

  @Override
  public synchronized StoreResult latest(String name, TemplateType type) {
    Key key = new Key(name, type);
    Entry entry = templates.get(key);
    return entry == null ? notFound(key) : new StoreResult.Ok(entry.versions.lastEntry().getValue());
  }

  @Override
  public synchronized StoreResult list(
      String prefix, TemplateType type, int pageSize, String nextToken) {
    if (pageSize < 1) {
      return new StoreResult.Rejected("page-size", "must be at least 1");
    }
    Map<Key, Entry> rest = templates;
    if (nextToken != null) {
      Key after = decodeKey(nextToken);
      if (after == null) {
        return new StoreResult.Rejected("next-token", "is not a token this service issued");
      }
      rest = templates.tailMap(after, false);
    }
    List<TemplateVersion> page = new ArrayList<>();
    Key last = null;
    boolean more = false;
    for (Map.Entry<Key, Entry> e : rest.entrySet()) {
      Key key = e.getKey();
      if ((prefix != null && !key.name().startsWith(prefix)) || (type != null && key.type() != type)) {
        continue;
      }
      if (page.size() == pageSize) {
        more = true;
        break;
      }
      page.add(e.getValue().versions.get(e.getValue().active));
      last = key;
    }
    return new StoreResult.Listed(page, more ? encodeKey(last) : null);
  }

  @Override
  public synchronized StoreResult listVersions(
      String name, TemplateType type, int pageSize, String nextToken) {
    if (pageSize < 1) {
      return new StoreResult.Rejected("page-size", "must be at least 1");
    }
    Key key = new Key(name, type);
    Entry entry = templates.get(key);
    if (entry == null) {
      return notFound(key);
    }
    NavigableMap<Long, TemplateVersion> newestFirst = entry.versions.descendingMap();
    if (nextToken != null) {
      Long below = parseVersion(nextToken);
      if (below == null) {
        return new StoreResult.Rejected("next-token", "is not a token this service issued");
      }
      newestFirst = newestFirst.tailMap(below, false);
    }
    List<TemplateVersion> page =
        newestFirst.values().stream().limit(pageSize).toList();
    boolean more = newestFirst.size() > pageSize;
    return new StoreResult.Listed(page, more ? page.get(page.size() - 1).version() : null);
  }

  @Override
  public synchronized StoreResult setActiveVersion(String name, TemplateType type, String version) {
    Key key = new Key(name, type);
    Entry entry = templates.get(key);
    if (entry == null) {
      return notFound(key);
    }
    if (version == null) {
      return new StoreResult.Rejected("Version", "is required: \"latest\" or a version id");
    }
    long number;
    if (LATEST.equals(version)) {
      number = entry.versions.lastKey();
    } else {
      Long parsed = parseVersion(version);
      if (parsed == null) {
        return badVersion(version);
      }
      if (!entry.versions.containsKey(parsed)) {
        return versionNotFound(key, version);
      }
      number = parsed;
    }
    entry.active = number;
    return new StoreResult.Ok(entry.versions.get(number));
  }

  @Override
  public synchronized boolean replaceTags(String name, TemplateType type, Map<String, String> expected,
      Map<String, String> next) {
    Entry entry = templates.get(new Key(name, type));
    if (entry == null || !entry.versions.get(entry.active).template().tags().equals(expected)) {
      return false;
    }
    entry.versions.replaceAll((number, v) ->
        new TemplateVersion(v.name(), v.version(), v.creationDate(), v.lastModifiedDate(), v.template().withTags(next)));
    return true;
  }

  @Override
  public synchronized StoreResult delete(String name, TemplateType type, String version) {
    Key key = new Key(name, type);
    Entry entry = templates.get(key);
    if (entry == null) {
      return notFound(key);
    }
    if (version == null) {
      templates.remove(key);
      return new StoreResult.Deleted(name, type, null);
    }
    Long number = parseVersion(version);
    if (number == null) {
      return badVersion(version);
    }
    if (!entry.versions.containsKey(number)) {
      return versionNotFound(key, version);
    }
    if (entry.versions.size() == 1) {
      templates.remove(key);
      return new StoreResult.Deleted(name, type, version);
    }
    if (number == entry.active) {
      return new StoreResult.Rejected("version",
          "version " + version + " is the active version; make another version active first");
    }
    entry.versions.remove(number);
    return new StoreResult.Deleted(name, type, version);
  }

  private static Long parseVersion(String version) {
    if (version == null || version.isEmpty() || version.length() > 18) {
      return null;
    }
    for (int i = 0; i < version.length(); i++) {
      if (version.charAt(i) < '0' || version.charAt(i) > '9') {
        return null;
      }
    }
    long n = Long.parseLong(version);
    return n >= 1 ? n : null;
  }

  private static String encodeKey(Key key) {
    String raw = key.type().name() + "/" + key.name();
    return Base64.getUrlEncoder().withoutPadding()
        .encodeToString(raw.getBytes(StandardCharsets.UTF_8));
  }

  private static Key decodeKey(String token) {
    try {
      String raw = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
      int slash = raw.indexOf('/');
      if (slash < 0) {
        return null;
      }
      return TemplateType.parse(raw.substring(0, slash))
          .map(type -> new Key(raw.substring(slash + 1), type))
          .orElse(null);
    } catch (IllegalArgumentException notBase64) {
      return null;
    }
  }

  private static String describe(Key key) {
    return key.name() + " (" + key.type() + ")";
  }

  private static StoreResult notFound(Key key) {
    return new StoreResult.NotFound("Template not found: " + describe(key));
  }

  private static StoreResult versionNotFound(Key key, String version) {
    return new StoreResult.NotFound("Template version not found: " + describe(key) + " version "
        + version);
  }

  private static StoreResult badVersion(String version) {
    return new StoreResult.Rejected("version", "must be a version id (a positive integer), was "
        + version);
  }
}
