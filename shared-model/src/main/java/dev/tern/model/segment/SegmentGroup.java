package dev.tern.model.segment;

import java.util.List;

/**
 * Pinpoint's {@code SegmentGroup}: base segments ({@code SourceSegments}, combined by
 * {@code SourceType}) filtered by dimension sets ({@code Dimensions}, combined by {@code Type}). The
 * model doc: "When you add dimensions to a segment, Amazon Pinpoint filters the base segment by using
 * the dimensions", so an endpoint is in the group when it passes both. No base segments means the
 * base is every endpoint of the application; no dimension sets means no filter.
 *
 * @param sourceType null is read as ALL (no documented default; identical to ANY for one base segment)
 * @param type null is read as ALL (no documented default; identical to ANY for one dimension set)
 */
public record SegmentGroup(
    List<SegmentDimensions> dimensions,
    List<SegmentReference> sourceSegments,
    MatchMode sourceType,
    MatchMode type) {

  /** Copies the lists (null becomes empty) and applies the ALL defaults. */
  public SegmentGroup {
    dimensions = dimensions == null ? List.of() : List.copyOf(dimensions);
    sourceSegments = sourceSegments == null ? List.of() : List.copyOf(sourceSegments);
    sourceType = sourceType == null ? MatchMode.ALL : sourceType;
    type = type == null ? MatchMode.ALL : type;
  }
}
