package dev.tern.model.segment;

import dev.tern.model.endpoint.Endpoint;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * {@link SourceSegments} over a {@link SegmentStore}: a base segment is looked up in the same app (the
 * pinned version, or the latest) and evaluated with the same {@link SegmentEngine}, recursively for its
 * own base segments. Built once per evaluation run (one app, one {@code now}), it reads each referenced
 * segment version from the store once, however many endpoints are tested.
 *
 * <p>Readings: a base segment that no longer exists (deleted after the referencing segment was written)
 * matches no endpoint, so a campaign on the derived segment reaches no one rather than everyone; nesting
 * deeper than {@link #MAX_DEPTH} matches nothing (SegmentService refuses cycles on write, so only a
 * write racing another could build one).
 */
public final class StoredSourceSegments implements SourceSegments {

  /** Deepest chain of base segments followed. */
  public static final int MAX_DEPTH = 50;

  private final SegmentStore store;
  private final String applicationId;
  private final Function<Endpoint, Instant> lastActivity;
  private final Instant now;
  private final Map<SegmentReference, Optional<Segment>> loaded;
  private final int depth;

  /**
   * @param store where the base segments are
   * @param applicationId the app being evaluated
   * @param lastActivity an endpoint's last activity for Recency (null if never active)
   * @param now the evaluation time
   */
  public StoredSourceSegments(
      SegmentStore store, String applicationId, Function<Endpoint, Instant> lastActivity, Instant now) {
    this(store, applicationId, lastActivity, now, new ConcurrentHashMap<>(), 0);
  }

  private StoredSourceSegments(SegmentStore store, String applicationId, Function<Endpoint, Instant> lastActivity,
      Instant now, Map<SegmentReference, Optional<Segment>> loaded, int depth) {
    this.store = Objects.requireNonNull(store, "store");
    this.applicationId = Objects.requireNonNull(applicationId, "applicationId");
    this.lastActivity = Objects.requireNonNull(lastActivity, "lastActivity");
    this.now = Objects.requireNonNull(now, "now");
    this.loaded = loaded;
    this.depth = depth;
  }

  @Override
  public boolean contains(SegmentReference segment, Endpoint endpoint) {
    if (depth >= MAX_DEPTH) {
      return false;
    }
    Optional<Segment> base = loaded.computeIfAbsent(segment, ref -> ref.version() == null
        ? store.find(applicationId, ref.id())
        : store.findVersion(applicationId, ref.id(), ref.version()));
    if (base.isEmpty()) {
      return false;
    }
    SegmentEngine nested = new SegmentEngine(
        new StoredSourceSegments(store, applicationId, lastActivity, now, loaded, depth + 1));
    return nested.matches(base.get().definition(), endpoint, lastActivity.apply(endpoint), now);
  }
}
