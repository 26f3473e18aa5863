package dev.tern.api;

import dev.tern.api.wire.AttributesResource;
import dev.tern.api.wire.UpdateAttributesRequest;
import dev.tern.model.endpoint.EndpointService;
import dev.tern.wire.Operation;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Pinpoint's RemoveAttributes, over {@link EndpointService#removeAttributes}. */
@Path("/v1/apps/{application-id}/attributes/{attribute-type}")
@Produces(MediaType.APPLICATION_JSON)
public class AttributesApi {

  private final EndpointService endpoints;

  AttributesApi(EndpointService endpoints) {
    this.endpoints = endpoints;
  }

  /** RemoveAttributes: {@code PUT /v1/apps/{application-id}/attributes/{attribute-type}} → AttributesResource. */
  @PUT
  @Operation("RemoveAttributes")
  public AttributesResource removeAttributes(@PathParam("application-id") String appId,
      @PathParam("attribute-type") String attributeType, UpdateAttributesRequest body) {
    var removed = endpoints.removeAttributes(appId, attributeType, body == null ? null : body.blacklist());
    return new AttributesResource(appId, attributeType, removed);
  }
}
