package dev.tern.model.segment;

import dev.tern.model.common.Page;
import java.util.Map;
import java.util.Optional;

/**
 * Port: segments and every version of them, per application. Writes are conditional on the version
 * number, so two concurrent UpdateSegment calls cannot both become version N+1; {@link
 * InMemorySegmentStore} is the fake. Tokens are opaque; a token the store did not issue is a {@link
 * dev.tern.model.common.BadRequestException}.
 */
public interface SegmentStore {

  /** Stores version 1 of a new segment; false (nothing written) if the id is taken. */
  boolean create(Segment segment);

  /**
   * Stores {@code segment} (version N ≥ 2) as the latest version only if the latest stored version is
   * N−1; false (nothing written) otherwise, including when the segment was deleted meanwhile.
   */
  boolean update(Segment segment);

  /** The latest version of the segment, if it exists. */
  Optional<Segment> find(String applicationId, String segmentId);

  /** One version of an existing segment (GetSegmentVersion, a campaign's pinned SegmentVersion). */
  Optional<Segment> findVersion(String applicationId, String segmentId, int version);

  /** GetSegments: the latest version of up to {@code limit} segments of the app after {@code token}. */
  Page<Segment> list(String applicationId, int limit, String token);

  /** GetSegmentVersions: up to {@code limit} versions of one segment, newest first, after {@code token}. */
  Page<Segment> listVersions(String applicationId, String segmentId, int limit, String token);

  /** Deletes the segment with every version, returning the latest as it was; empty if there was none. */
  Optional<Segment> delete(String applicationId, String segmentId);

  /** The segment's tags (those of its latest version), if it exists. */
  default Optional<Map<String, String>> findTags(String applicationId, String segmentId) {
    return find(applicationId, segmentId).map(Segment::tags);
  }

  /**
   * TagResource/UntagResource: replaces the tags of the segment's latest version with {@code next} in one conditional write, only
   * if it exists and its tags are still {@code expected} (so concurrent tag writes cannot lose each
   * other's keys); false, with nothing written, otherwise.
   */
  boolean replaceTags(String applicationId, String segmentId, Map<String, String> expected, Map<String, String> next);
}
