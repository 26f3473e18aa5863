package dev.tern.model.app;

import dev.tern.model.common.ConflictException;
import dev.tern.model.common.Page;
import dev.tern.model.common.PageTokens;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * {@link AppStore} fake kept in memory, ordered by id. It lives in src/main so every module's tests
 * (and local experiments) can use it; tokens are opaque like the real store's.
 */
public final class InMemoryAppStore implements AppStore {

  private final Map<String, App> apps = new ConcurrentSkipListMap<>();
  private final Map<String, AppSettings> settings = new ConcurrentSkipListMap<>();

  @Override
  public synchronized void create(App app) {
    if (apps.putIfAbsent(app.id(), app) != null) {
      throw new ConflictException("Application " + app.id() + " already exists");
    }
  }

  @Override
  public Optional<App> find(String id) {
    return Optional.ofNullable(apps.get(id));
  }

  @Override
  public Page<App> list(int limit, String token) {
    String after = token == null ? null : decode(token);
    List<App> all = new ArrayList<>(apps.values());
    List<App> page = all.stream().filter(a -> after == null || a.id().compareTo(after) > 0).limit(limit).toList();
    boolean more = !page.isEmpty() && all.indexOf(page.get(page.size() - 1)) < all.size() - 1;
    return new Page<>(page, more ? encode(page.get(page.size() - 1).id()) : null);
  }

  @Override
  public synchronized Optional<App> delete(String id) {
    settings.remove(id);
    return Optional.ofNullable(apps.remove(id));
  }

  @Override
  public Optional<AppSettings> findSettings(String id) {
    return Optional.ofNullable(settings.get(id));
  }

  @Override
  public synchronized boolean saveSettings(String id, AppSettings value) {
    if (!apps.containsKey(id)) {
      return false;
    }
    settings.put(id, value);
    return true;
  }

  @Override
  public synchronized boolean replaceTags(String id, Map<String, String> expected, Map<String, String> next) {
    App app = apps.get(id);
    if (app == null || !app.tags().equals(expected)) {
      return false;
    }
    apps.put(id, app.withTags(next));
    return true;
  }

  /** Removes everything, for tests sharing one instance. */
  public synchronized void clear() {
    apps.clear();
    settings.clear();
  }

  private static String encode(String id) {
    return PageTokens.encode("mem:", id);
  }

  private static String decode(String token) {
    return PageTokens.decode("mem:", token);
  }
}
