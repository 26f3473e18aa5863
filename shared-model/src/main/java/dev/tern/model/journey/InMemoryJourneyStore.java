package dev.tern.model.journey;

import dev.tern.model.common.ConflictException;
import dev.tern.model.common.Page;
import dev.tern.model.common.PageTokens;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;

/** {@link JourneyStore} fake kept in memory, ordered by journey id within each app; tokens are opaque. */
public final class InMemoryJourneyStore implements JourneyStore {

  private final Map<String, ConcurrentSkipListMap<String, Journey>> apps = new ConcurrentHashMap<>();

  @Override
  public synchronized void create(Journey journey) {
    if (journeys(journey.applicationId()).putIfAbsent(journey.id(), journey) != null) {
      throw new ConflictException("Journey " + journey.id() + " already exists");
    }
  }

  @Override
  public Optional<Journey> find(String applicationId, String journeyId) {
    return Optional.ofNullable(journeys(applicationId).get(journeyId));
  }

  @Override
  public Page<Journey> list(String applicationId, int limit, String token) {
    ConcurrentSkipListMap<String, Journey> all = journeys(applicationId);
    Map<String, Journey> tail = token == null ? all : all.tailMap(decode(token), false);
    List<Journey> page = tail.values().stream().limit(limit).toList();
    boolean more = !page.isEmpty() && all.higherKey(page.get(page.size() - 1).id()) != null;
    return new Page<>(page, more ? encode(page.get(page.size() - 1).id()) : null);
  }

  @Override
  public synchronized boolean replace(Journey next) {
    Journey stored = journeys(next.applicationId()).get(next.id());
    if (stored == null || stored.revision() != next.revision() - 1) {
      return false;
    }
    journeys(next.applicationId()).put(next.id(), next);
    return true;
  }

  @Override
  public synchronized Optional<Journey> delete(String applicationId, String journeyId) {
    return Optional.ofNullable(journeys(applicationId).remove(journeyId));
  }

  @Override
  public synchronized boolean replaceTags(String applicationId, String journeyId, Map<String, String> expected,
      Map<String, String> next) {
    Journey stored = journeys(applicationId).get(journeyId);
    if (stored == null || !stored.tags().equals(expected)) {
      return false;
    }
    journeys(applicationId).put(journeyId, stored.retagged(next));
    return true;
  }

  private ConcurrentSkipListMap<String, Journey> journeys(String applicationId) {
    return apps.computeIfAbsent(applicationId, k -> new ConcurrentSkipListMap<>());
  }

  private static String encode(String id) {
    return PageTokens.encode("mem:", id);
  }

  private static String decode(String token) {
    return PageTokens.decode("mem:", token);
  }
}
