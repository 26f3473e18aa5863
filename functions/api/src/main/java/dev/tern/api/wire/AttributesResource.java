package dev.tern.api.wire;

import dev.tern.wire.PinpointJson;
import java.util.List;

/** Answer of RemoveAttributes (model shape {@code AttributesResource}): the names that were removed. */
@PinpointJson
public record AttributesResource(String applicationId, String attributeType, List<String> attributes) {}
