package dev.tern.model.segment;

import dev.tern.model.endpoint.Violation;
import java.util.List;
import java.util.Map;

/**
 * The content of a WriteSegmentRequest (CreateSegment, UpdateSegment) after the edge has read it.
 *
 * @param name {@code Name}, or null when absent
 * @param definition from {@code Dimensions} or {@code SegmentGroups}, or null when neither was sent
 * @param tags {@code tags}, or null; honoured on create only (the model calls them deprecated on update)
 * @param wireViolations what the edge could not read (unknown enum values, both Dimensions and
 *     SegmentGroups, missing required members); reported together with the domain's own checks
 */
public record SegmentWrite(
    String name, SegmentDefinition definition, Map<String, String> tags, List<Violation> wireViolations) {

  /** Copies the violations; null becomes none. */
  public SegmentWrite {
    wireViolations = wireViolations == null ? List.of() : List.copyOf(wireViolations);
  }
}
