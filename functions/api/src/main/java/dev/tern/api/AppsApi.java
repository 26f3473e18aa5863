package dev.tern.api;

import dev.tern.api.wire.ApplicationResponse;
import dev.tern.api.wire.ApplicationSettingsResource;
import dev.tern.api.wire.ApplicationsResponse;
import dev.tern.api.wire.CreateApplicationRequest;
import dev.tern.api.wire.WriteApplicationSettingsRequest;
import dev.tern.model.app.AppService;
import dev.tern.model.common.PageSize;
import dev.tern.wire.Caller;
import dev.tern.wire.Operation;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Pinpoint's "Apps & settings" operations: convert the wire shape, call {@link AppService}, convert
 * back. One class for all six so that a known path with an unsupported method is matched here and
 * answered 405, rather than falling through to 404 between resource classes.
 */
@Path("/v1/apps")
@Produces(MediaType.APPLICATION_JSON)
public class AppsApi {

  private final AppService apps;
  private final Caller caller;

  AppsApi(AppService apps, Caller caller) {
    this.apps = apps;
    this.caller = caller;
  }

  /** CreateApp: {@code POST /v1/apps} → 201 ApplicationResponse. */
  @Operation("CreateApp")
  @POST
  public Response createApp(CreateApplicationRequest body) {
    // An empty body reads as null: report it as the missing Name it is.
    var created = body == null ? apps.create(null, null) : apps.create(body.name(), body.tags());
    return Response.status(201).entity(ApplicationResponse.of(created)).build();
  }

  /**
   * GetApps: {@code GET /v1/apps?page-size&token} → ApplicationsResponse. A key scoped to some apps sees
   * only those: each page is filtered (so a page may hold fewer items than asked, even none, while
   * NextToken still leads on, which Pinpoint clients handle), rather than refusing the call, so the
   * same client code works with any key.
   */
  @Operation("GetApps")
  @GET
  public ApplicationsResponse getApps(@QueryParam("page-size") String pageSize, @QueryParam("token") String token) {
    return ApplicationsResponse.of(apps.list(PageSize.parse(pageSize), token).filter(app -> caller.canSee(app.id())));
  }

  /** GetApp: {@code GET /v1/apps/{application-id}} → ApplicationResponse. */
  @Operation("GetApp")
  @GET
  @Path("/{application-id}")
  public ApplicationResponse getApp(@PathParam("application-id") String id) {
    return ApplicationResponse.of(apps.get(id));
  }

  /** DeleteApp: {@code DELETE /v1/apps/{application-id}} → the deleted app's ApplicationResponse. */
  @Operation("DeleteApp")
  @DELETE
  @Path("/{application-id}")
  public ApplicationResponse deleteApp(@PathParam("application-id") String id) {
    return ApplicationResponse.of(apps.delete(id));
  }

  /** GetApplicationSettings: {@code GET /v1/apps/{application-id}/settings}. */
  @Operation("GetApplicationSettings")
  @GET
  @Path("/{application-id}/settings")
  public ApplicationSettingsResource getApplicationSettings(@PathParam("application-id") String id) {
    return ApplicationSettingsResource.of(id, apps.getSettings(id));
  }

  /** UpdateApplicationSettings: {@code PUT /v1/apps/{application-id}/settings}, a partial update. */
  @Operation("UpdateApplicationSettings")
  @PUT
  @Path("/{application-id}/settings")
  public ApplicationSettingsResource updateApplicationSettings(
      @PathParam("application-id") String id, WriteApplicationSettingsRequest body) {
    return ApplicationSettingsResource.of(id, apps.updateSettings(id, body == null ? null : body.toUpdate()));
  }
}
