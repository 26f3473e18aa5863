package dev.tern.api.wire;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.tern.wire.PinpointJson;
import java.util.Map;

/**
 * Body of TagResource and answer of ListTagsForResource (model shape {@code TagsModel}): the one member
 * {@code tags}, lower-case on the wire as everywhere in Pinpoint's model.
 */
@PinpointJson
public record TagsModel(@JsonProperty("tags") Map<String, String> tags) {}
