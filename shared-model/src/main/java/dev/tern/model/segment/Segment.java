package dev.tern.model.segment;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * One version of a dynamic (DIMENSIONAL) segment, as GetSegment and GetSegmentVersion return it. Every
 * UpdateSegment stores a new version; campaigns pin one with {@code SegmentVersion}.
 *
 * @param applicationId the owning app
 * @param id 32-char lower-case hex id, issued by Tern
 * @param arn {@code <app arn>/segments/<id>}
 * @param name display name
 * @param definition what the segment selects
 * @param version 1 for the first version, +1 for each update
 * @param creationDate when the segment (version 1) was created; the same on every version
 * @param lastModifiedDate when this version was written
 * @param tags resource tags given at creation, never null
 */
public record Segment(
    String applicationId,
    String id,
    String arn,
    String name,
    SegmentDefinition definition,
    int version,
    Instant creationDate,
    Instant lastModifiedDate,
    Map<String, String> tags) {

  /** Rejects missing identity fields and copies the tags. */
  public Segment {
    Objects.requireNonNull(applicationId, "applicationId");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(definition, "definition");
    Objects.requireNonNull(creationDate, "creationDate");
    Objects.requireNonNull(lastModifiedDate, "lastModifiedDate");
    if (version < 1) {
      throw new IllegalArgumentException("segment versions start at 1, got " + version);
    }
    tags = tags == null ? Map.of() : Map.copyOf(tags);
  }

  /** {@code SegmentType}: Tern stores only dynamic segments; imported ones need import jobs, not served yet. */
  public String segmentType() {
    return "DIMENSIONAL";
  }

  /** The ARN Pinpoint gives segment {@code id} of the app with ARN {@code appArn}. */
  public static String arn(String appArn, String id) {
    return appArn + "/segments/" + id;
  }

  /** This version with other tags (same version number: tagging is not an update). */
  public Segment withTags(Map<String, String> newTags) {
    return new Segment(applicationId, id, arn, name, definition, version, creationDate, lastModifiedDate, newTags);
  }

  /** The next version: same identity and creation date, new content, version + 1. */
  public Segment next(String newName, SegmentDefinition newDefinition, Instant now) {
    return new Segment(applicationId, id, arn, newName, newDefinition, version + 1, creationDate, now, tags);
  }
}
