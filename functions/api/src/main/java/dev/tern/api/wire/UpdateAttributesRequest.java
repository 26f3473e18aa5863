package dev.tern.api.wire;

import dev.tern.wire.PinpointJson;
import java.util.List;

/** Body of RemoveAttributes (model shape {@code UpdateAttributesRequest}). */
@PinpointJson
public record UpdateAttributesRequest(List<String> blacklist) {}
