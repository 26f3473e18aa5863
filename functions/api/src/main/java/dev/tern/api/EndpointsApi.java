package dev.tern.api;

import dev.tern.model.common.BadRequestException;
import dev.tern.model.endpoint.EndpointService;
import dev.tern.model.endpoint.EndpointUpdate;
import dev.tern.model.endpoint.Violation;
import dev.tern.wire.MessageBody;
import dev.tern.wire.Operation;
import dev.tern.wire.WireFilters;
import dev.tern.wire.endpoint.EndpointBatchItem;
import dev.tern.wire.endpoint.EndpointBatchRequest;
import dev.tern.wire.endpoint.EndpointRequest;
import dev.tern.wire.endpoint.EndpointResponse;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Pinpoint's endpoint operations: UpdateEndpoint, UpdateEndpointsBatch, GetEndpoint, DeleteEndpoint.
 * Converts the wire shapes, calls {@link EndpointService}, converts back. The writes answer 202
 * {@code {"Message":"Accepted","RequestID":…}} as Pinpoint does; Tern has already stored the endpoint
 * by then, so a GetEndpoint right after sees it.
 */
@Path("/v1/apps/{application-id}/endpoints")
@Produces(MediaType.APPLICATION_JSON)
public class EndpointsApi {

  private final EndpointService endpoints;

  EndpointsApi(EndpointService endpoints) {
    this.endpoints = endpoints;
  }

  /** UpdateEndpointsBatch: {@code PUT /v1/apps/{application-id}/endpoints} → 202 MessageBody. */
  @PUT
  @Operation("UpdateEndpointsBatch")
  public Response updateEndpointsBatch(@PathParam("application-id") String appId,
      @HeaderParam(WireFilters.REQUEST_ID_HEADER) String requestId, EndpointBatchRequest body) {
    if (body == null || body.item() == null) {
      throw new BadRequestException("Item: an EndpointBatchRequest needs its Item list");
    }
    List<Violation> violations = new ArrayList<>();
    List<EndpointService.Item> items = new ArrayList<>();
    for (int i = 0; i < body.item().size(); i++) {
      EndpointBatchItem item = body.item().get(i);
      String prefix = "Item[" + i + "].";
      items.add(item == null ? new EndpointService.Item(null, null)
          : new EndpointService.Item(item.id, item.toUpdate(prefix, violations)));
    }
    reject(violations);
    endpoints.updateBatch(appId, items, requestId);
    return accepted(requestId);
  }

  /** UpdateEndpoint: {@code PUT /v1/apps/{application-id}/endpoints/{endpoint-id}} → 202 MessageBody. */
  @PUT
  @Path("/{endpoint-id}")
  @Operation("UpdateEndpoint")
  public Response updateEndpoint(@PathParam("application-id") String appId, @PathParam("endpoint-id") String endpointId,
      @HeaderParam(WireFilters.REQUEST_ID_HEADER) String requestId, EndpointRequest body) {
    List<Violation> violations = new ArrayList<>();
    EndpointUpdate update = body == null ? EndpointUpdate.EMPTY : body.toUpdate("", violations);
    reject(violations);
    endpoints.update(appId, endpointId, update, requestId);
    return accepted(requestId);
  }

  /** GetEndpoint: {@code GET /v1/apps/{application-id}/endpoints/{endpoint-id}} → EndpointResponse. */
  @GET
  @Path("/{endpoint-id}")
  @Operation("GetEndpoint")
  public EndpointResponse getEndpoint(@PathParam("application-id") String appId, @PathParam("endpoint-id") String endpointId) {
    return EndpointResponse.of(endpoints.get(appId, endpointId));
  }

  /** DeleteEndpoint: {@code DELETE /v1/apps/{application-id}/endpoints/{endpoint-id}} → 202 the deleted endpoint. */
  @DELETE
  @Path("/{endpoint-id}")
  @Operation("DeleteEndpoint")
  public Response deleteEndpoint(@PathParam("application-id") String appId, @PathParam("endpoint-id") String endpointId) {
    return Response.status(202).entity(EndpointResponse.of(endpoints.delete(appId, endpointId))).build();
  }

  private static Response accepted(String requestId) {
    return Response.status(202).entity(new MessageBody("Accepted", requestId)).build();
  }

  private static void reject(List<Violation> violations) {
    if (!violations.isEmpty()) {
      throw new BadRequestException(violations.stream().map(Violation::message).collect(Collectors.joining("; ")));
    }
  }
}
