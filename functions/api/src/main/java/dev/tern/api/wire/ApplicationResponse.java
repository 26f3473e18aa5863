package dev.tern.api.wire;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.tern.model.app.App;
import dev.tern.model.common.Timestamps;
import dev.tern.wire.PinpointJson;
import java.util.Map;

/** Body of CreateApp, GetApp and DeleteApp answers (model shape {@code ApplicationResponse}). */
@PinpointJson
public record ApplicationResponse(
    String arn, String id, String name, @JsonProperty("tags") Map<String, String> tags, String creationDate) {

  /** The wire form of {@code app}; tags are always present ({@code {}} when none), as AWS returns them. */
  public static ApplicationResponse of(App app) {
    return new ApplicationResponse(app.arn(), app.id(), app.name(), app.tags(), Timestamps.format(app.creationDate()));
  }
}
