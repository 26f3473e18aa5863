package dev.tern.model.app;

import dev.tern.model.common.Page;
import java.util.Map;
import java.util.Optional;

/** Persistence port for apps and their settings (one record per app, deleted together). */
public interface AppStore {

  /** Stores a new app; a {@link dev.tern.model.common.ConflictException} if its id is taken. */
  void create(App app);

  /** The app with {@code id}, if any. */
  Optional<App> find(String id);

  /**
   * Up to {@code limit} apps after the position {@code token} encodes ({@code null} = from the start);
   * a token this store did not issue is a {@link dev.tern.model.common.BadRequestException}.
   */
  Page<App> list(int limit, String token);

  /** Deletes the app and its settings, returning the app as it was, or empty if there was none. */
  Optional<App> delete(String id);

  /** The app's stored settings; empty if the app is unknown or never wrote settings. */
  Optional<AppSettings> findSettings(String id);

  /** Replaces the app's settings; false (and nothing written) if the app does not exist. */
  boolean saveSettings(String id, AppSettings settings);

  /** The app's tags, if it exists. */
  default Optional<Map<String, String>> findTags(String id) {
    return find(id).map(App::tags);
  }

  /**
   * TagResource/UntagResource: replaces the app's tags with {@code next} in one conditional write, only
   * if it exists and its tags are still {@code expected} (so concurrent tag writes cannot lose each
   * other's keys); false, with nothing written, otherwise.
   */
  boolean replaceTags(String id, Map<String, String> expected, Map<String, String> next);
}
