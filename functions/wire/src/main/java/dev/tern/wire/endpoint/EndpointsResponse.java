package dev.tern.wire.endpoint;

import dev.tern.model.endpoint.Endpoint;
import dev.tern.wire.PinpointJson;
import java.util.List;

/** Pinpoint's {@code EndpointsResponse} (GetUserEndpoints, DeleteUserEndpoints): {@code {"Item":[…]}}. */
@PinpointJson
public record EndpointsResponse(List<EndpointResponse> item) {

  /** The wire form of {@code endpoints}. */
  public static EndpointsResponse of(List<Endpoint> endpoints) {
    return new EndpointsResponse(endpoints.stream().map(EndpointResponse::of).toList());
  }
}
