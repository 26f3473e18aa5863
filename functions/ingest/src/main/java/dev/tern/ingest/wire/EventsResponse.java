package dev.tern.ingest.wire;

import dev.tern.model.event.EventIngest;
import dev.tern.wire.PinpointJson;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Pinpoint's {@code EventsResponse}: {@code {"Results":{endpointId:{"EndpointItemResponse":{…},
 * "EventsItemResponse":{eventId:{"Message","StatusCode"}}}}}}.
 */
@PinpointJson
public record EventsResponse(Map<String, ItemResponse> results) {

  /** Pinpoint's {@code ItemResponse}. */
  @PinpointJson
  public record ItemResponse(ItemStatus endpointItemResponse, Map<String, ItemStatus> eventsItemResponse) {}

  /** Pinpoint's {@code EndpointItemResponse} and {@code EventItemResponse}, which have the same two members. */
  @PinpointJson
  public record ItemStatus(String message, Integer statusCode) {

    static ItemStatus of(EventIngest.Result result) {
      return new ItemStatus(result.message(), result.statusCode());
    }
  }

  /** The wire form of the ingest results. */
  public static EventsResponse of(Map<String, EventIngest.BatchResult> results) {
    Map<String, ItemResponse> items = new LinkedHashMap<>();
    results.forEach((endpointId, r) -> {
      Map<String, ItemStatus> events = new LinkedHashMap<>();
      r.events().forEach((eventId, status) -> events.put(eventId, ItemStatus.of(status)));
      items.put(endpointId, new ItemResponse(ItemStatus.of(r.endpoint()), events));
    });
    return new EventsResponse(items);
  }
}
