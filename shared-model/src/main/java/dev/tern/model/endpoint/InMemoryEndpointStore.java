package dev.tern.model.endpoint;

import dev.tern.model.common.Page;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * {@link EndpointStore} in memory, for unit tests and local runs. Thread-safe; pages follow endpoint-id
 * order, and the page token is the last returned id, base64url-encoded so callers treat it as opaque.
 * An endpoint belongs to scan segment {@code floorMod(id.hashCode(), totalSegments)}. Also the fake of
 * {@link EndpointActivity}, since activity lives beside the endpoint it belongs to.
 */
public final class InMemoryEndpointStore implements EndpointStore, EndpointActivity {

  private final Map<String, NavigableMap<String, Endpoint>> byApp = new ConcurrentHashMap<>();
  private final Map<String, Instant> activity = new ConcurrentHashMap<>();

  /** {@inheritDoc} */
  @Override
  public Optional<Endpoint> get(String applicationId, String endpointId) {
    return Optional.ofNullable(app(applicationId).get(endpointId));
  }

  /** {@inheritDoc} */
  @Override
  public void put(Endpoint endpoint) {
    app(endpoint.applicationId()).put(endpoint.id(), endpoint);
  }

  /** {@inheritDoc} */
  @Override
  public Optional<Endpoint> delete(String applicationId, String endpointId) {
    activity.remove(activityKey(applicationId, endpointId));
    return Optional.ofNullable(app(applicationId).remove(endpointId));
  }

  /** {@inheritDoc} */
  @Override
  public List<Endpoint> endpointsOfUser(String applicationId, String userId) {
    return app(applicationId).values().stream().filter(e -> userId.equals(e.userId())).toList();
  }

  /** {@inheritDoc} */
  @Override
  public Page<ScannedEndpoint> scan(
      String applicationId, int segment, int totalSegments, String pageToken, int limit) {
    if (totalSegments < 1 || segment < 0 || segment >= totalSegments) {
      throw new IllegalArgumentException(
          "segment " + segment + " of " + totalSegments + " is not 0 <= segment < totalSegments");
    }
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be positive, was " + limit);
    }
    NavigableMap<String, Endpoint> endpoints = app(applicationId);
    NavigableMap<String, Endpoint> rest =
        pageToken == null ? endpoints : endpoints.tailMap(decode(pageToken), false);
    List<ScannedEndpoint> page = new ArrayList<>();
    for (Endpoint endpoint : rest.values()) {
      if (Math.floorMod(endpoint.id().hashCode(), totalSegments) != segment) {
        continue;
      }
      if (page.size() == limit) {
        return new Page<>(page, encode(page.get(page.size() - 1).endpoint().id()));
      }
      page.add(new ScannedEndpoint(endpoint, activity.get(activityKey(applicationId, endpoint.id()))));
    }
    return new Page<>(page, null);
  }

  /** {@inheritDoc} */
  @Override
  public synchronized boolean recordActivity(String applicationId, String endpointId, Instant at) {
    if (get(applicationId, endpointId).isEmpty()) {
      return false;
    }
    Instant stored = activity.get(activityKey(applicationId, endpointId));
    if (stored != null && !stored.isBefore(at)) {
      return false;
    }
    activity.put(activityKey(applicationId, endpointId), at);
    return true;
  }

  /** {@inheritDoc} */
  @Override
  public Optional<Instant> lastActivity(String applicationId, String endpointId) {
    return Optional.ofNullable(activity.get(activityKey(applicationId, endpointId)));
  }

  /** Forgets every endpoint and activity. */
  public void clear() {
    byApp.clear();
    activity.clear();
  }

  private static String activityKey(String applicationId, String endpointId) {
    return applicationId + "\u0000" + endpointId;
  }

  private NavigableMap<String, Endpoint> app(String applicationId) {
    return byApp.computeIfAbsent(applicationId, id -> new ConcurrentSkipListMap<>());
  }

  private static String encode(String lastId) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(lastId.getBytes(StandardCharsets.UTF_8));
  }

  private static String decode(String token) {
    try {
      return new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("not a page token of this store: " + token, e);
    }
  }
}
