package dev.tern.wire.endpoint;

import dev.tern.wire.PinpointJson;
import java.util.List;

/** Body of UpdateEndpointsBatch (model shape {@code EndpointBatchRequest}): {@code {"Item":[…]}}. */
@PinpointJson
public record EndpointBatchRequest(List<EndpointBatchItem> item) {}
