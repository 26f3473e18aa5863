package dev.tern.api.wire;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.tern.wire.PinpointJson;
import java.util.Map;

/** Body of CreateApp (model shape {@code CreateApplicationRequest}). */
@PinpointJson
public record CreateApplicationRequest(String name, @JsonProperty("tags") Map<String, String> tags) {}
