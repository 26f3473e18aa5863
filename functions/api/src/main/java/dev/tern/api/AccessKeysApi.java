package dev.tern.api;

import dev.tern.api.wire.AccessKeyResponse;
import dev.tern.api.wire.AccessKeysResponse;
import dev.tern.api.wire.IssueAccessKeyRequest;
import dev.tern.model.auth.AccessKeyService;
import dev.tern.model.common.BadRequestException;
import dev.tern.model.common.NotFoundException;
import dev.tern.wire.Operation;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Tern's own admin API for its access keys (Pinpoint has none: AWS used IAM). Signed like every other
 * request; {@link dev.tern.model.auth.AccessPolicy} lets only an ADMIN key for all applications call
 * these ({@code Tern*} operations are writes to an account-wide resource, and listing keys is not a
 * {@code Get*} read), so a scoped or read-only key can neither see keys nor mint a wider one.
 * Errors are in Pinpoint's shape, as everywhere.
 */
@Path(AccessKeysApi.BASE)
@Produces(MediaType.APPLICATION_JSON)
public class AccessKeysApi {

  /** Root of the admin API, outside Pinpoint's {@code /v1} namespace. */
  static final String BASE = "/tern/v1/access-keys";

  private final AccessKeyService keys;

  AccessKeysApi(AccessKeyService keys) {
    this.keys = keys;
  }

  /** Issues a key: 201 with the secret, shown only this once. */
  @Operation("TernIssueAccessKey")
  @POST
  public Response issue(IssueAccessKeyRequest body) {
    if (body == null) {
      throw new BadRequestException("Role is required");
    }
    var issued = keys.issue(body.toRole(), body.toScope(), body.checkedDescription());
    return Response.status(201).entity(AccessKeyResponse.of(issued)).build();
  }

  /** Lists every key, active and revoked, without secrets. */
  @Operation("TernListAccessKeys")
  @GET
  public AccessKeysResponse list() {
    return new AccessKeysResponse(keys.list().stream().map(AccessKeyResponse::of).toList());
  }

  /** Revokes a key at once (the next request signed with it is refused); 404 for an unknown id. */
  @Operation("TernRevokeAccessKey")
  @DELETE
  @Path("/{access-key-id}")
  public AccessKeyResponse revoke(@PathParam("access-key-id") String id) {
    if (!keys.revoke(id)) {
      throw new NotFoundException("No access key " + id);
    }
    return keys.find(id).map(AccessKeyResponse::of).orElseThrow(() -> new NotFoundException("No access key " + id));
  }
}
