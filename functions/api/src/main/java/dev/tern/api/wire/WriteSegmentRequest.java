package dev.tern.api.wire;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.tern.model.endpoint.Violation;
import dev.tern.model.segment.SegmentWrite;
import dev.tern.wire.PinpointJson;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Body of CreateSegment and UpdateSegment (model shape {@code WriteSegmentRequest}). */
@PinpointJson
public record WriteSegmentRequest(
    SegmentShapes.Dimensions dimensions,
    String name,
    SegmentShapes.GroupList segmentGroups,
    @JsonProperty("tags") Map<String, String> tags) {

  /** The domain command, with whatever could not be read collected as violations. */
  public SegmentWrite toWrite() {
    List<Violation> violations = new ArrayList<>();
    return new SegmentWrite(name, SegmentShapes.definition(dimensions, segmentGroups, violations), tags, violations);
  }
}
