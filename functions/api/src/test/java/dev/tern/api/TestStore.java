package dev.tern.api;

import dev.tern.model.app.App;
import dev.tern.model.app.AppSettings;
import dev.tern.model.app.AppStore;
import dev.tern.model.app.InMemoryAppStore;
import dev.tern.model.common.Page;
import java.util.Optional;

/** The in-memory fake, plus a switch to make the next store call fail like a broken database. */
public final class TestStore implements AppStore {

  final InMemoryAppStore memory = new InMemoryAppStore();
  private volatile RuntimeException nextFailure;

  /** Makes the next call throw {@code failure}. */
  void failNextCall(RuntimeException failure) {
    nextFailure = failure;
  }

  /** Empties the store and clears any pending failure. */
  void reset() {
    memory.clear();
    nextFailure = null;
  }

  private void maybeFail() {
    RuntimeException f = nextFailure;
    if (f != null) {
      nextFailure = null;
      throw f;
    }
  }

  @Override
  public void create(App app) {
    maybeFail();
    memory.create(app);
  }

  @Override
  public Optional<App> find(String id) {
    maybeFail();
    return memory.find(id);
  }

  @Override
  public Page<App> list(int limit, String token) {
    maybeFail();
    return memory.list(limit, token);
  }

  @Override
  public Optional<App> delete(String id) {
    maybeFail();
    return memory.delete(id);
  }

  @Override
  public Optional<AppSettings> findSettings(String id) {
    maybeFail();
    return memory.findSettings(id);
  }

  @Override
  public boolean saveSettings(String id, AppSettings settings) {
    maybeFail();
    return memory.saveSettings(id, settings);
  }

  @Override
  public boolean replaceTags(String id, java.util.Map<String, String> expected, java.util.Map<String, String> next) {
    maybeFail();
    return memory.replaceTags(id, expected, next);
  }
}
