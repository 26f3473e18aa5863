package dev.tern.model.endpoint;

import dev.tern.model.app.AppStore;
import dev.tern.model.common.BadRequestException;
import dev.tern.model.common.Ids;
import dev.tern.model.common.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Use cases of Pinpoint's "Endpoints, users &amp; attributes" operations and of PutEvents' endpoint part,
 * over an {@link EndpointStore} and an {@link AttributeCatalog}.
 *
 * <p>Every write runs the same steps: field limits ({@link EndpointPolicy}), the application exists, the
 * per-application attribute quota, then the merge ({@link EndpointUpdate#applyTo}) and the per-user limit
 * ({@link UserEndpointLimit}) against the stored endpoints plus the writes of the same request. Only when
 * all of them pass is anything written, so a rejected request changes nothing.
 *
 * <p>Not implemented: "Amazon Pinpoint automatically sets [EndpointStatus] to INACTIVE if you update
 * another endpoint that has the same address" — it needs an address index that no read path uses yet.
 */
public final class EndpointService {

  /** Most violations quoted in one error message; the rest are counted. */
  private static final int MAX_REPORTED = 5;

  private final EndpointStore store;
  private final AttributeCatalog catalog;
  private final AppStore apps;
  private final Clock clock;

  /**
   * @param store where endpoints live
   * @param catalog the applications' custom attribute names
   * @param apps to answer 404 for an unknown application
   * @param clock source of EffectiveDate/CreationDate defaults
   */
  public EndpointService(EndpointStore store, AttributeCatalog catalog, AppStore apps, Clock clock) {
    this.store = store;
    this.catalog = catalog;
    this.apps = apps;
    this.clock = clock;
  }

  /** One item of UpdateEndpointsBatch or PutEvents: the endpoint id and its partial write. */
  public record Item(String endpointId, EndpointUpdate update) {}

  /** UpdateEndpoint: creates or merges one endpoint; a {@link BadRequestException} naming the field if invalid. */
  public void update(String applicationId, String endpointId, EndpointUpdate update, String requestId) {
    write(applicationId, List.of(new Item(endpointId, update)), requestId, false);
  }

  /**
   * UpdateEndpointsBatch: all items or none. Violations of every item are reported at once, each field
   * prefixed {@code Item[n].}.
   */
  public void updateBatch(String applicationId, List<Item> items, String requestId) {
    EndpointPolicy.checkBatchSize(items == null ? 0 : items.size()).ifPresent(EndpointService::reject);
    write(applicationId, items, requestId, true);
  }

  /**
   * PutEvents' endpoint part: each item on its own, so one invalid endpoint never rejects its neighbours.
   * Returns, per endpoint id, empty when written or the reason it was not.
   */
  public Map<String, Optional<String>> upsertEach(String applicationId, List<Item> items, String requestId) {
    requireApp(applicationId);
    Map<String, Optional<String>> outcomes = new LinkedHashMap<>();
    for (Item item : items) {
      try {
        write(applicationId, List.of(item), requestId, false, true);
        outcomes.put(item.endpointId(), Optional.empty());
      } catch (BadRequestException e) {
        outcomes.put(item.endpointId(), Optional.of(e.getMessage()));
      }
    }
    return outcomes;
  }

  /** GetEndpoint: the endpoint, or a {@link NotFoundException}. */
  public Endpoint get(String applicationId, String endpointId) {
    EndpointPolicy.checkEndpointId(endpointId, "endpoint-id").ifPresent(EndpointService::reject);
    requireApp(applicationId);
    return store.get(applicationId, endpointId).orElseThrow(() -> endpointNotFound(endpointId));
  }

  /** DeleteEndpoint: deletes the endpoint and returns it, or a {@link NotFoundException}. */
  public Endpoint delete(String applicationId, String endpointId) {
    EndpointPolicy.checkEndpointId(endpointId, "endpoint-id").ifPresent(EndpointService::reject);
    requireApp(applicationId);
    return store.delete(applicationId, endpointId).orElseThrow(() -> endpointNotFound(endpointId));
  }

  /** GetUserEndpoints: the user's endpoints; a {@link NotFoundException} if the user has none. */
  public List<Endpoint> userEndpoints(String applicationId, String userId) {
    EndpointPolicy.checkIdLength(userId, "user-id").ifPresent(EndpointService::reject);
    requireApp(applicationId);
    List<Endpoint> endpoints = store.endpointsOfUser(applicationId, userId);
    if (endpoints.isEmpty()) {
      throw userNotFound(userId);
    }
    return endpoints;
  }

  /** DeleteUserEndpoints: deletes every endpoint of the user and returns them; 404 if there were none. */
  public List<Endpoint> deleteUserEndpoints(String applicationId, String userId) {
    EndpointPolicy.checkIdLength(userId, "user-id").ifPresent(EndpointService::reject);
    requireApp(applicationId);
    List<Endpoint> deleted = store.deleteUserEndpoints(applicationId, userId);
    if (deleted.isEmpty()) {
      throw userNotFound(userId);
    }
    return deleted;
  }

  /**
   * RemoveAttributes: releases the application's attribute names of {@code attributeType}
   * (endpoint-custom-attributes, endpoint-metric-attributes, endpoint-user-attributes) that match an
   * entry of {@code blacklist} (exact names or glob patterns with {@code *} and {@code ?}); returns the
   * released names. They no longer count against the quota. Values already stored on endpoints are kept
   * (Pinpoint's observed behaviour, pinpoint-api.md §4.2): rewriting every endpoint of an application
   * in one request does not scale to millions of endpoints.
   */
  public List<String> removeAttributes(String applicationId, String attributeType, List<String> blacklist) {
    AttributeName.Kind kind = kind(attributeType);
    if (blacklist == null || blacklist.isEmpty()) {
      throw new BadRequestException("Blacklist: at least one attribute name or pattern is required");
    }
    List<Pattern> patterns = new ArrayList<>();
    for (String entry : blacklist) {
      if (entry == null || entry.isBlank()) {
        throw new BadRequestException("Blacklist: attribute names and patterns cannot be empty");
      }
      patterns.add(glob(entry));
    }
    requireApp(applicationId);
    Set<AttributeName> removed = catalog.names(applicationId).stream()
        .filter(n -> n.kind() == kind && patterns.stream().anyMatch(p -> p.matcher(n.name()).matches()))
        .collect(Collectors.toCollection(LinkedHashSet::new));
    catalog.remove(applicationId, removed);
    return removed.stream().map(AttributeName::name).sorted().toList();
  }

  private void write(String applicationId, List<Item> items, String requestId, boolean batch) {
    write(applicationId, items, requestId, batch, false);
  }

  private void write(String applicationId, List<Item> items, String requestId, boolean batch, boolean appChecked) {
    List<Violation> violations = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      Item item = items.get(i);
      String prefix = batch ? "Item[" + i + "]." : "";
      EndpointPolicy.checkEndpointId(item.endpointId(), batch ? prefix + "Id" : "endpoint-id").ifPresent(violations::add);
      if (item.update() == null) {
        violations.add(new Violation(batch ? "Item[" + i + "]" : "EndpointRequest", "the endpoint is required"));
      } else {
        violations.addAll(EndpointPolicy.validate(item.update(), prefix));
      }
    }
    rejectAll(violations);
    if (!appChecked) {
      requireApp(applicationId);
    }
    List<EndpointUpdate> updates = items.stream().map(Item::update).toList();
    EndpointPolicy.checkAttributeQuota(catalog.names(applicationId), updates).ifPresent(EndpointService::reject);

    Instant now = clock.instant();
    // The request's writes in order, by endpoint id: a later item sees an earlier one's result.
    Map<String, Endpoint> pending = new LinkedHashMap<>();
    for (int i = 0; i < items.size(); i++) {
      Item item = items.get(i);
      Endpoint stored = pending.containsKey(item.endpointId())
          ? pending.get(item.endpointId())
          : store.get(applicationId, item.endpointId()).orElse(null);
      Endpoint candidate = item.update().applyTo(applicationId, item.endpointId(), stored, now, requestId);
      if (candidate.userId() != null) {
        var decision = UserEndpointLimit.decide(candidate, endpointsOfUser(applicationId, candidate.userId(), pending));
        if (decision instanceof UserEndpointLimit.Rejected r) {
          String prefix = batch ? "Item[" + i + "]." : "";
          violations.add(new Violation(prefix + r.violation().field(), r.violation().reason()));
          continue;
        }
        if (decision instanceof UserEndpointLimit.Displacing d) {
          pending.put(d.displaced().id(), d.displaced());
        }
      }
      pending.put(candidate.id(), candidate);
    }
    rejectAll(violations);

    Set<AttributeName> names = new LinkedHashSet<>();
    updates.forEach(u -> names.addAll(EndpointPolicy.namesIn(u)));
    if (!names.isEmpty()) {
      // Names first: a crash between the two writes leaves a name counted, never an uncounted value.
      catalog.add(applicationId, names);
    }
    pending.values().forEach(store::put);
  }

  /** The user's endpoints as they will be after the request's earlier writes. */
  private List<Endpoint> endpointsOfUser(String applicationId, String userId, Map<String, Endpoint> pending) {
    Map<String, Endpoint> byId = new LinkedHashMap<>();
    store.endpointsOfUser(applicationId, userId).forEach(e -> byId.put(e.id(), e));
    pending.values().forEach(e -> {
      if (userId.equals(e.userId())) {
        byId.put(e.id(), e);
      } else {
        byId.remove(e.id());
      }
    });
    return List.copyOf(byId.values());
  }

  private void requireApp(String applicationId) {
    if (!Ids.isWellFormed(applicationId) || apps.find(applicationId).isEmpty()) {
      throw new NotFoundException("Application " + applicationId + " not found");
    }
  }

  private static AttributeName.Kind kind(String attributeType) {
    for (AttributeName.Kind kind : AttributeName.Kind.values()) {
      if (kind.wireName().equals(attributeType)) {
        return kind;
      }
    }
    throw new BadRequestException("attribute-type: unknown value '" + attributeType
        + "'; expected one of endpoint-custom-attributes, endpoint-metric-attributes, endpoint-user-attributes");
  }

  /** A glob ({@code *} any run of characters, {@code ?} one character) as an anchored regex. */
  static Pattern glob(String glob) {
    StringBuilder regex = new StringBuilder();
    for (int i = 0; i < glob.length(); ) {
      int c = glob.codePointAt(i);
      if (c == '*') {
        regex.append(".*");
      } else if (c == '?') {
        regex.append('.');
      } else {
        regex.append(Pattern.quote(new String(Character.toChars(c))));
      }
      i += Character.charCount(c);
    }
    return Pattern.compile(regex.toString(), Pattern.DOTALL);
  }

  private static void reject(Violation violation) {
    throw new BadRequestException(violation.message());
  }

  private static void rejectAll(Collection<Violation> violations) {
    if (violations.isEmpty()) {
      return;
    }
    String shown = violations.stream().limit(MAX_REPORTED).map(Violation::message).collect(Collectors.joining("; "));
    int more = violations.size() - MAX_REPORTED;
    throw new BadRequestException(more > 0 ? shown + "; and " + more + " more" : shown);
  }

  private static NotFoundException endpointNotFound(String endpointId) {
    return new NotFoundException("Endpoint " + Objects.toString(endpointId) + " not found");
  }

  private static NotFoundException userNotFound(String userId) {
    return new NotFoundException("No endpoints for user " + userId);
  }
}
