package dev.tern.api;

import dev.tern.model.endpoint.EndpointService;
import dev.tern.wire.Operation;
import dev.tern.wire.endpoint.EndpointsResponse;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Pinpoint's user operations: GetUserEndpoints and DeleteUserEndpoints, over {@link EndpointService}. */
@Path("/v1/apps/{application-id}/users/{user-id}")
@Produces(MediaType.APPLICATION_JSON)
public class UsersApi {

  private final EndpointService endpoints;

  UsersApi(EndpointService endpoints) {
    this.endpoints = endpoints;
  }

  /** GetUserEndpoints: {@code GET /v1/apps/{application-id}/users/{user-id}} → EndpointsResponse. */
  @GET
  @Operation("GetUserEndpoints")
  public EndpointsResponse getUserEndpoints(@PathParam("application-id") String appId, @PathParam("user-id") String userId) {
    return EndpointsResponse.of(endpoints.userEndpoints(appId, userId));
  }

  /** DeleteUserEndpoints: {@code DELETE /v1/apps/{application-id}/users/{user-id}} → 202 the deleted endpoints. */
  @DELETE
  @Operation("DeleteUserEndpoints")
  public Response deleteUserEndpoints(@PathParam("application-id") String appId, @PathParam("user-id") String userId) {
    return Response.status(202).entity(EndpointsResponse.of(endpoints.deleteUserEndpoints(appId, userId))).build();
  }
}
