package dev.tern.model.segment;

import dev.tern.model.app.App;
import dev.tern.model.app.AppService;
import dev.tern.model.app.TagPolicy;
import dev.tern.model.common.BadRequestException;
import dev.tern.model.common.ConflictException;
import dev.tern.model.common.Ids;
import dev.tern.model.common.NotFoundException;
import dev.tern.model.common.Page;
import dev.tern.model.endpoint.Violation;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Use cases of Pinpoint's seven segment operations over a {@link SegmentStore}. Every write is checked
 * in full before anything is stored, and all violations are reported in one 400.
 *
 * <p>Readings where Pinpoint documents nothing (model members are all optional):
 *
 * <ul>
 *   <li>CreateSegment needs a non-blank {@code Name}: CloudFormation's AWS::Pinpoint::Segment marks it
 *       required and the console cannot create a nameless segment.
 *   <li>A create with neither Dimensions nor SegmentGroups is a segment of all the app's endpoints
 *       (empty Dimensions); an update without them keeps the stored definition, and without Name keeps
 *       the name.
 *   <li>Base segments ({@code SourceSegments}) must exist in the same app (a pinned Version must exist
 *       too), and may not lead back to the segment being updated: a cycle could never be evaluated.
 * </ul>
 */
public final class SegmentService {

  /** How deep base segments may nest before Tern stops following them (a guard, not a Pinpoint rule). */
  static final int MAX_NESTING = 50;

  private final SegmentStore store;
  private final AppService apps;
  private final Clock clock;
  private final Supplier<String> ids;

  /**
   * @param store where segments live
   * @param apps the apps a segment belongs to (404 for an unknown app)
   * @param clock source of creation and modification times
   * @param ids generator of new segment ids (32-char hex)
   */
  public SegmentService(SegmentStore store, AppService apps, Clock clock, Supplier<String> ids) {
    this.store = store;
    this.apps = apps;
    this.clock = clock;
    this.ids = ids;
  }

  /** CreateSegment: validates {@code write} and stores version 1 of a new segment. */
  public Segment create(String applicationId, SegmentWrite write) {
    App app = apps.get(applicationId);
    List<Violation> violations = new ArrayList<>(write.wireViolations());
    if (write.name() == null || write.name().isBlank()) {
      violations.add(new Violation("Name", "a segment needs a name"));
    }
    SegmentDefinition definition = write.definition() != null
        ? write.definition()
        : new SegmentDefinition.Dimensional(SegmentDimensions.NONE);
    check(applicationId, null, definition, violations);
    rejectIfAny(violations);
    TagPolicy.check(write.tags());
    String id = ids.get();
    var now = clock.instant();
    Segment segment = new Segment(applicationId, id, Segment.arn(app.arn(), id), write.name(), definition, 1, now, now,
        write.tags());
    if (!store.create(segment)) {
      throw new ConflictException("Segment " + id + " already exists");
    }
    return segment;
  }

  /**
   * UpdateSegment: stores a new version from the latest one, with the members {@code write} carries.
   * Concurrent updates of the same version: one wins, the other gets a 409 and may retry.
   */
  public Segment update(String applicationId, String segmentId, SegmentWrite write) {
    Segment latest = get(applicationId, segmentId);
    List<Violation> violations = new ArrayList<>(write.wireViolations());
    if (write.name() != null && write.name().isBlank()) {
      violations.add(new Violation("Name", "the name cannot be blank"));
    }
    SegmentDefinition definition = write.definition() != null ? write.definition() : latest.definition();
    check(applicationId, segmentId, definition, violations);
    rejectIfAny(violations);
    Segment next = latest.next(write.name() != null ? write.name() : latest.name(), definition, clock.instant());
    if (!store.update(next)) {
      if (store.find(applicationId, segmentId).isEmpty()) {
        throw notFound(segmentId);
      }
      throw new ConflictException("Segment " + segmentId + " was updated concurrently; retry the update");
    }
    return next;
  }

  /** GetSegment: the latest version. */
  public Segment get(String applicationId, String segmentId) {
    apps.get(applicationId);
    return findWellFormed(applicationId, segmentId).orElseThrow(() -> notFound(segmentId));
  }

  /** GetSegmentVersion: one version; {@code version} as the path carries it. */
  public Segment getVersion(String applicationId, String segmentId, String version) {
    get(applicationId, segmentId);
    int number = parseVersion(version);
    return store.findVersion(applicationId, segmentId, number)
        .orElseThrow(() -> new NotFoundException("Segment " + segmentId + " has no version " + number));
  }

  /** GetSegments: the latest version of each segment of the app, one page. */
  public Page<Segment> list(String applicationId, int pageSize, String token) {
    apps.get(applicationId);
    return store.list(applicationId, pageSize, emptyToNull(token));
  }

  /** GetSegmentVersions: the versions of one segment, newest first, one page. */
  public Page<Segment> listVersions(String applicationId, String segmentId, int pageSize, String token) {
    get(applicationId, segmentId);
    return store.listVersions(applicationId, segmentId, pageSize, emptyToNull(token));
  }

  /** DeleteSegment: removes the segment with all its versions, returning the latest as it was. */
  public Segment delete(String applicationId, String segmentId) {
    apps.get(applicationId);
    if (!Ids.isWellFormed(segmentId)) {
      throw notFound(segmentId);
    }
    return store.delete(applicationId, segmentId).orElseThrow(() -> notFound(segmentId));
  }

  /** Definition rules, then base segments: each must exist, and none may lead back to {@code self}. */
  private void check(String applicationId, String self, SegmentDefinition definition, List<Violation> violations) {
    violations.addAll(SegmentValidator.validate(definition));
    if (!(definition instanceof SegmentDefinition.Grouped grouped)) {
      return;
    }
    List<SegmentGroup> groups = grouped.groups().groups();
    for (int g = 0; g < groups.size(); g++) {
      List<SegmentReference> refs = groups.get(g).sourceSegments();
      for (int i = 0; i < refs.size(); i++) {
        SegmentReference ref = refs.get(i);
        if (ref.id() == null || ref.id().isBlank() || (ref.version() != null && ref.version() < 1)) {
          continue; // already reported by the validator
        }
        String field = "SegmentGroups.Groups[" + g + "].SourceSegments[" + i + "]";
        Optional<Segment> base = resolve(applicationId, ref);
        if (base.isEmpty()) {
          violations.add(new Violation(field, "no segment " + ref.id()
              + (ref.version() == null ? "" : " version " + ref.version()) + " in this application"));
        } else if (self != null && reaches(applicationId, base.get(), self)) {
          violations.add(new Violation(field, "segment " + ref.id() + " is, or is built on, the segment being updated"));
        }
      }
    }
  }

  /** Whether {@code self} is {@code start} or one of its (transitive) base segments. */
  private boolean reaches(String applicationId, Segment start, String self) {
    Deque<Segment> todo = new ArrayDeque<>(List.of(start));
    Set<String> seen = new HashSet<>();
    while (!todo.isEmpty()) {
      Segment s = todo.pop();
      if (s.id().equals(self)) {
        return true;
      }
      if (!seen.add(s.id() + "@" + s.version()) || seen.size() > MAX_NESTING) {
        continue;
      }
      if (s.definition() instanceof SegmentDefinition.Grouped g) {
        for (SegmentGroup group : g.groups().groups()) {
          for (SegmentReference ref : group.sourceSegments()) {
            resolve(applicationId, ref).ifPresent(todo::push);
          }
        }
      }
    }
    return false;
  }

  private Optional<Segment> resolve(String applicationId, SegmentReference ref) {
    if (!Ids.isWellFormed(ref.id())) {
      return Optional.empty();
    }
    return ref.version() == null
        ? store.find(applicationId, ref.id())
        : store.findVersion(applicationId, ref.id(), ref.version());
  }

  private Optional<Segment> findWellFormed(String applicationId, String segmentId) {
    // Tern issues every segment id, so another shape cannot exist; no store call for it.
    return Ids.isWellFormed(segmentId) ? store.find(applicationId, segmentId) : Optional.empty();
  }

  private static int parseVersion(String version) {
    try {
      int n = Integer.parseInt(version);
      if (n >= 1) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new BadRequestException("version must be a positive integer, got '" + version + "'");
  }

  private static String emptyToNull(String token) {
    return token == null || token.isEmpty() ? null : token;
  }

  private static void rejectIfAny(List<Violation> violations) {
    if (!violations.isEmpty()) {
      throw new BadRequestException(violations.stream().map(Violation::message).collect(Collectors.joining("; ")));
    }
  }

  private static NotFoundException notFound(String segmentId) {
    return new NotFoundException("Segment not found: " + segmentId);
  }
}
