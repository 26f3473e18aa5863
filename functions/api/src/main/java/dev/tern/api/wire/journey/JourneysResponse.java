package dev.tern.api.wire.journey;

import dev.tern.model.common.Page;
import dev.tern.model.journey.Journey;
import dev.tern.wire.PinpointJson;
import java.util.List;

/** Body of a ListJourneys answer (model shape {@code JourneysResponse}); NextToken absent on the last page. */
@PinpointJson
public record JourneysResponse(List<JourneyResponse> item, String nextToken) {

  /** The wire form of one page. */
  public static JourneysResponse of(Page<Journey> page) {
    return new JourneysResponse(page.items().stream().map(JourneyResponse::of).toList(), page.nextToken());
  }
}
