package dev.tern.model.segment;

import dev.tern.model.endpoint.Violation;
import java.util.List;

/**
 * What a dynamic (DIMENSIONAL) segment selects. The model doc of WriteSegmentRequest: "A
 * WriteSegmentRequest object can include a Dimensions object or a SegmentGroups object, but not both" —
 * hence two cases, never both. Dispatch with {@link Cases} (see {@link Criterion} for why a visitor).
 */
public sealed interface SegmentDefinition permits SegmentDefinition.Dimensional, SegmentDefinition.Grouped {

  /** Dispatches to the method of {@code cases} for this kind of definition. */
  <R> R accept(Cases<R> cases);

  /** One method per definition kind. */
  interface Cases<R> {
    /** A definition from {@code Dimensions}. */
    R dimensional(Dimensional definition);

    /** A definition from {@code SegmentGroups}. */
    R grouped(Grouped definition);
  }

  /** {@code Dimensions}: one set of criteria over all of the application's endpoints. */
  record Dimensional(SegmentDimensions dimensions) implements SegmentDefinition {
    @Override
    public <R> R accept(Cases<R> cases) {
      return cases.dimensional(this);
    }
  }

  /** {@code SegmentGroups}: base segments and dimension sets in groups. */
  record Grouped(SegmentGroupList groups) implements SegmentDefinition {
    @Override
    public <R> R accept(Cases<R> cases) {
      return cases.grouped(this);
    }
  }

  /**
   * The definition carried by a WriteSegmentRequest's two optional members: null when neither is sent
   * (an update that keeps the stored definition); a violation on {@code SegmentGroups} when both are.
   */
  static SegmentDefinition from(
      SegmentDimensions dimensions, SegmentGroupList segmentGroups, List<Violation> violations) {
    if (dimensions != null && segmentGroups != null) {
      violations.add(new Violation("SegmentGroups",
          "a segment can include a Dimensions object or a SegmentGroups object, but not both"));
      return null;
    }
    if (dimensions != null) {
      return new Dimensional(dimensions);
    }
    return segmentGroups != null ? new Grouped(segmentGroups) : null;
  }
}
