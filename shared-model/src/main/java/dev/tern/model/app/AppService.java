package dev.tern.model.app;

import dev.tern.model.common.BadRequestException;
import dev.tern.model.common.Check;
import dev.tern.model.common.Ids;
import dev.tern.model.common.NotFoundException;
import dev.tern.model.common.Page;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/** Use cases of Pinpoint's "Apps & settings" operations, over an {@link AppStore}. */
public final class AppService {

  /**
   * Longest app name Tern stores. Pinpoint's model documents no limit; this one keeps an app item far below
   * DynamoDB's 400 KB item size, so an oversize name is a 400 naming the field instead of a storage error.
   */
  public static final int MAX_NAME_LENGTH = 1024;

  private final AppStore store;
  private final Clock clock;
  private final Supplier<String> ids;
  private final String region;
  private final String account;

  /**
   * @param store where apps live
   * @param clock source of creation and modification times
   * @param ids generator of new app ids (32-char hex)
   * @param region Region written into app ARNs
   * @param account account id written into app ARNs
   */
  public AppService(AppStore store, Clock clock, Supplier<String> ids, String region, String account) {
    this.store = store;
    this.clock = clock;
    this.ids = ids;
    this.region = region;
    this.account = account;
  }

  /** CreateApp: validates the name and tags, then stores a new app. */
  public App create(String name, Map<String, String> tags) {
    Check.notBlank("Name", name);
    if (name.codePointCount(0, name.length()) > MAX_NAME_LENGTH) {
      throw new BadRequestException("Name: at most " + MAX_NAME_LENGTH + " characters are allowed");
    }
    TagPolicy.check(tags);
    String id = ids.get();
    App app = new App(id, App.arn(region, account, id), name, tags, clock.instant());
    store.create(app);
    return app;
  }

  /** GetApp: the app, or a {@link NotFoundException}. */
  public App get(String id) {
    return findWellFormed(id).orElseThrow(() -> notFound(id));
  }

  /** GetApps: one page of at most {@code pageSize} apps after {@code token} (null = first page). */
  public Page<App> list(int pageSize, String token) {
    if (token != null && token.isEmpty()) {
      token = null;
    }
    if (pageSize < 1) {
      throw new BadRequestException("page-size must be at least 1");
    }
    return store.list(pageSize, token);
  }

  /** DeleteApp: removes the app and its settings, returning the app as it was. */
  public App delete(String id) {
    if (!Ids.isWellFormed(id)) {
      throw notFound(id);
    }
    return store.delete(id).orElseThrow(() -> notFound(id));
  }

  /** GetApplicationSettings: the stored settings, or the defaults if none were ever written. */
  public AppSettings getSettings(String id) {
    App app = get(id);
    return store.findSettings(id).orElseGet(() -> AppSettings.defaults(app.creationDate()));
  }

  /**
   * UpdateApplicationSettings: validates {@code update}, merges it into the current settings (absent
   * members keep their value) and stores the result. Nothing is written if validation fails.
   */
  public AppSettings updateSettings(String id, AppSettingsUpdate update) {
    Check.required("WriteApplicationSettingsRequest", update);
    AppSettingsPolicy.check(update);
    AppSettings merged = getSettings(id).merge(update, clock.instant());
    if (!store.saveSettings(id, merged)) {
      // Deleted between our read and write: report it as the read would have.
      throw notFound(id);
    }
    return merged;
  }

  /**
   * Tern issues every app id, so an id of another shape cannot exist; answering 404 without a store
   * call also keeps odd path segments (too long, empty) from reaching the database as keys.
   */
  private Optional<App> findWellFormed(String id) {
    return Ids.isWellFormed(id) ? store.find(id) : Optional.empty();
  }

  private static NotFoundException notFound(String id) {
    return new NotFoundException("Application not found: " + id);
  }
}
