package dev.tern.wire.endpoint;

import dev.tern.wire.PinpointJson;

/** Pinpoint's {@code EndpointBatchItem}: an {@link EndpointRequest} that carries its endpoint's {@code Id}. */
@PinpointJson
public class EndpointBatchItem extends EndpointRequest {
  public String id;
}
