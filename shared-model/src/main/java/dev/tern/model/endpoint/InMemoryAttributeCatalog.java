package dev.tern.model.endpoint;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** {@link AttributeCatalog} in memory, for unit tests and local runs. Thread-safe. */
public final class InMemoryAttributeCatalog implements AttributeCatalog {

  private final Map<String, Set<AttributeName>> byApp = new ConcurrentHashMap<>();

  /** {@inheritDoc} */
  @Override
  public Set<AttributeName> names(String applicationId) {
    return Set.copyOf(app(applicationId));
  }

  /** {@inheritDoc} */
  @Override
  public void add(String applicationId, Set<AttributeName> names) {
    app(applicationId).addAll(names);
  }

  /** {@inheritDoc} */
  @Override
  public void remove(String applicationId, Set<AttributeName> names) {
    app(applicationId).removeAll(names);
  }

  /** Forgets every application's names. */
  public void clear() {
    byApp.clear();
  }

  private Set<AttributeName> app(String applicationId) {
    return byApp.computeIfAbsent(applicationId, id -> ConcurrentHashMap.newKeySet());
  }
}
