package dev.tern.api.wire;

import dev.tern.model.common.Page;
import dev.tern.model.segment.Segment;
import dev.tern.wire.PinpointJson;
import java.util.List;

/** Body of GetSegments and GetSegmentVersions (model shape {@code SegmentsResponse}); NextToken absent on the last page. */
@PinpointJson
public record SegmentsResponse(List<SegmentResponse> item, String nextToken) {

  /** The wire form of one page. */
  public static SegmentsResponse of(Page<Segment> page) {
    return new SegmentsResponse(page.items().stream().map(SegmentResponse::of).toList(), page.nextToken());
  }
}
