package dev.tern.api.wire;

import dev.tern.model.app.App;
import dev.tern.model.common.Page;
import dev.tern.wire.PinpointJson;
import java.util.List;

/** Body of a GetApps answer (model shape {@code ApplicationsResponse}); NextToken absent on the last page. */
@PinpointJson
public record ApplicationsResponse(List<ApplicationResponse> item, String nextToken) {

  /** The wire form of one page. */
  public static ApplicationsResponse of(Page<App> page) {
    return new ApplicationsResponse(page.items().stream().map(ApplicationResponse::of).toList(), page.nextToken());
  }
}
