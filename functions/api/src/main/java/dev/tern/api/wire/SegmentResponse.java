package dev.tern.api.wire;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.tern.model.common.Timestamps;
import dev.tern.model.segment.Segment;
import dev.tern.model.segment.SegmentDefinition;
import dev.tern.wire.PinpointJson;
import java.util.Map;

/**
 * Body of the segment answers (model shape {@code SegmentResponse}). Exactly one of Dimensions and
 * SegmentGroups is present; ImportDefinition never is (Tern serves no imported segments yet).
 */
@PinpointJson
public record SegmentResponse(
    String applicationId,
    String arn,
    String creationDate,
    SegmentShapes.Dimensions dimensions,
    String id,
    String lastModifiedDate,
    String name,
    SegmentShapes.GroupList segmentGroups,
    String segmentType,
    @JsonProperty("tags") Map<String, String> tags,
    Integer version) {

  /** The wire form of one segment version. */
  public static SegmentResponse of(Segment s) {
    SegmentShapes.Dimensions dimensions = s.definition() instanceof SegmentDefinition.Dimensional d
        ? SegmentShapes.Dimensions.of(d.dimensions()) : null;
    SegmentShapes.GroupList groups = s.definition() instanceof SegmentDefinition.Grouped g
        ? SegmentShapes.GroupList.of(g.groups()) : null;
    return new SegmentResponse(s.applicationId(), s.arn(), Timestamps.format(s.creationDate()), dimensions, s.id(),
        Timestamps.format(s.lastModifiedDate()), s.name(), groups, s.segmentType(), s.tags(), s.version());
  }
}
