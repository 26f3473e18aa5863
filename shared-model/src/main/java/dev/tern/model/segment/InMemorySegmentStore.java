package dev.tern.model.segment;

import dev.tern.model.common.BadRequestException;
import dev.tern.model.common.Page;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/**
 * {@link SegmentStore} fake kept in memory: per app, segments ordered by id, each with its versions.
 * Same rules as the DynamoDB store (conditional writes on the version, opaque tokens holding the last
 * key returned, so deletes between pages skip nothing).
 */
public final class InMemorySegmentStore implements SegmentStore {

  private record Key(String applicationId, String segmentId) implements Comparable<Key> {
    @Override
    public int compareTo(Key o) {
      int c = applicationId.compareTo(o.applicationId);
      return c != 0 ? c : segmentId.compareTo(o.segmentId);
    }
  }

  private final NavigableMap<Key, NavigableMap<Integer, Segment>> segments = new TreeMap<>();

  @Override
  public synchronized boolean create(Segment segment) {
    Key key = new Key(segment.applicationId(), segment.id());
    if (segment.version() != 1 || segments.containsKey(key)) {
      return false;
    }
    NavigableMap<Integer, Segment> versions = new TreeMap<>();
    versions.put(1, segment);
    segments.put(key, versions);
    return true;
  }

  @Override
  public synchronized boolean update(Segment segment) {
    NavigableMap<Integer, Segment> versions = segments.get(new Key(segment.applicationId(), segment.id()));
    if (versions == null || versions.lastKey() != segment.version() - 1) {
      return false;
    }
    versions.put(segment.version(), segment);
    return true;
  }

  @Override
  public synchronized Optional<Segment> find(String applicationId, String segmentId) {
    NavigableMap<Integer, Segment> versions = segments.get(new Key(applicationId, segmentId));
    return versions == null ? Optional.empty() : Optional.of(versions.lastEntry().getValue());
  }

  @Override
  public synchronized Optional<Segment> findVersion(String applicationId, String segmentId, int version) {
    NavigableMap<Integer, Segment> versions = segments.get(new Key(applicationId, segmentId));
    return versions == null ? Optional.empty() : Optional.ofNullable(versions.get(version));
  }

  @Override
  public synchronized Page<Segment> list(String applicationId, int limit, String token) {
    String after = token == null ? "" : decode(token, "segments:");
    List<Segment> page = new ArrayList<>();
    boolean more = false;
    for (Map.Entry<Key, NavigableMap<Integer, Segment>> e
        : segments.tailMap(new Key(applicationId, after), false).entrySet()) {
      if (!e.getKey().applicationId().equals(applicationId)) {
        break;
      }
      if (page.size() == limit) {
        more = true;
        break;
      }
      page.add(e.getValue().lastEntry().getValue());
    }
    return new Page<>(page, more ? encode("segments:" + page.get(page.size() - 1).id()) : null);
  }

  @Override
  public synchronized Page<Segment> listVersions(String applicationId, String segmentId, int limit, String token) {
    NavigableMap<Integer, Segment> versions = segments.get(new Key(applicationId, segmentId));
    if (versions == null) {
      return new Page<>(List.of(), null);
    }
    NavigableMap<Integer, Segment> newestFirst = versions.descendingMap();
    if (token != null) {
      String below = decode(token, "versions:");
      try {
        newestFirst = newestFirst.tailMap(Integer.parseInt(below), false);
      } catch (NumberFormatException e) {
        throw new BadRequestException("Invalid token");
      }
    }
    List<Segment> page = newestFirst.values().stream().limit(limit).toList();
    boolean more = newestFirst.size() > limit;
    return new Page<>(page, more ? encode("versions:" + page.get(page.size() - 1).version()) : null);
  }

  @Override
  public synchronized Optional<Segment> delete(String applicationId, String segmentId) {
    NavigableMap<Integer, Segment> versions = segments.remove(new Key(applicationId, segmentId));
    return versions == null ? Optional.empty() : Optional.of(versions.lastEntry().getValue());
  }

  @Override
  public synchronized boolean replaceTags(String applicationId, String segmentId, Map<String, String> expected,
      Map<String, String> next) {
    NavigableMap<Integer, Segment> versions = segments.get(new Key(applicationId, segmentId));
    if (versions == null || !versions.lastEntry().getValue().tags().equals(expected)) {
      return false;
    }
    Segment latest = versions.lastEntry().getValue();
    versions.put(latest.version(), latest.withTags(next));
    return true;
  }

  /** Removes everything, for tests sharing one instance. */
  public synchronized void clear() {
    segments.clear();
  }

  private static String encode(String position) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(("mem:" + position).getBytes(StandardCharsets.UTF_8));
  }

  private static String decode(String token, String kind) {
    try {
      String text = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
      if (text.startsWith("mem:" + kind)) {
        return text.substring(4 + kind.length());
      }
    } catch (IllegalArgumentException e) {
      // fall through: not base64url
    }
    throw new BadRequestException("Invalid token");
  }
}
