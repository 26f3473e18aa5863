package dev.tern.ingest.wire;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tern.model.common.BadRequestException;
import dev.tern.model.endpoint.EndpointUpdate;
import dev.tern.model.endpoint.Violation;
import dev.tern.model.event.EventIngest;
import dev.tern.wire.ErrorMapper;
import dev.tern.wire.endpoint.EndpointRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads Pinpoint's {@code EventsRequest} ({@code {"BatchItem":{endpointId:{"Endpoint":{…},"Events":{eventId:{…}}}}}})
 * one item at a time from the JSON tree, so a member of the wrong type inside one endpoint or event makes
 * only that item a 400; the request as a whole fails only when its outer shape is wrong.
 */
public final class EventsRequestReader {

  private final ObjectMapper json;

  /** A reader with the function's ObjectMapper (Pinpoint's JSON style and strictness). */
  public EventsRequestReader(ObjectMapper json) {
    this.json = json;
  }

  /** The batches of {@code root}; a {@link BadRequestException} if it is not an EventsRequest at all. */
  public List<EventIngest.BatchInput> read(JsonNode root) {
    JsonNode items = root == null ? null : root.get("BatchItem");
    if (items == null || !items.isObject()) {
      throw new BadRequestException("BatchItem: an EventsRequest needs its BatchItem object");
    }
    List<EventIngest.BatchInput> batches = new ArrayList<>();
    for (Map.Entry<String, JsonNode> item : iterable(items)) {
      JsonNode batch = item.getValue();
      if (!batch.isObject()) {
        throw new BadRequestException("BatchItem." + item.getKey() + ": expected an object");
      }
      List<Violation> endpointViolations = new ArrayList<>();
      EndpointUpdate endpoint = null;
      JsonNode endpointNode = batch.get("Endpoint");
      if (endpointNode != null && !endpointNode.isNull()) {
        try {
          endpoint = json.treeToValue(endpointNode, EndpointRequest.class).toUpdate("Endpoint.", endpointViolations);
        } catch (JsonProcessingException e) {
          endpointViolations.add(new Violation("Endpoint", ErrorMapper.jsonMessage(e)));
        }
      }
      List<EventIngest.EventInput> events = new ArrayList<>();
      JsonNode eventsNode = batch.get("Events");
      if (eventsNode != null && eventsNode.isObject()) {
        for (Map.Entry<String, JsonNode> e : iterable(eventsNode)) {
          events.add(event(e.getKey(), e.getValue()));
        }
      } else if (eventsNode != null && !eventsNode.isNull()) {
        throw new BadRequestException("BatchItem." + item.getKey() + ".Events: expected an object");
      }
      batches.add(new EventIngest.BatchInput(item.getKey(), endpoint, endpointViolations, events));
    }
    return batches;
  }

  private EventIngest.EventInput event(String id, JsonNode node) {
    if (!node.isObject()) {
      // {"Events": {"id": null}} or a scalar: that event's 400, its neighbours still count.
      return new EventIngest.EventInput(id, null, List.of(new Violation("Event", "expected an object")));
    }
    List<Violation> violations = new ArrayList<>();
    try {
      return new EventIngest.EventInput(id, json.treeToValue(node, EventWire.class).toEvent(id, violations), violations);
    } catch (JsonProcessingException e) {
      return new EventIngest.EventInput(id, null, List.of(new Violation("Event", ErrorMapper.jsonMessage(e))));
    }
  }

  private static Iterable<Map.Entry<String, JsonNode>> iterable(JsonNode node) {
    return node::fields;
  }
}
