package dev.tern.model.segment;

import dev.tern.model.endpoint.Endpoint;

/**
 * Membership of base segments, which a {@link SegmentGroup} builds on. A port because the answer depends
 * on stored data: an imported segment's endpoint list, or another dynamic segment's definition (which the
 * implementation may evaluate with the same {@link SegmentEngine}).
 */
@FunctionalInterface
public interface SourceSegments {

  /** Whether {@code endpoint} is in the referenced segment (version null = latest). */
  boolean contains(SegmentReference segment, Endpoint endpoint);

  /** For definitions without base segments: any lookup is a wiring bug and fails loudly. */
  SourceSegments NONE = (segment, endpoint) -> {
    throw new IllegalStateException(
        "segment " + segment.id() + " is a base segment but no SourceSegments was provided");
  };
}
