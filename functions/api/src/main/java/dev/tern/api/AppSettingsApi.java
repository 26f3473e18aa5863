package dev.tern.api;

import dev.tern.api.wire.ApplicationSettingsResource;
import dev.tern.api.wire.WriteApplicationSettingsRequest;
import dev.tern.model.app.AppService;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** GetApplicationSettings and UpdateApplicationSettings. */
@Path("/v1/apps/{application-id}/settings")
@Produces(MediaType.APPLICATION_JSON)
public class AppSettingsApi {

  private final AppService apps;

  AppSettingsApi(AppService apps) {
    this.apps = apps;
  }

  /** GetApplicationSettings: {@code GET /v1/apps/{application-id}/settings}. */
  @GET
  public ApplicationSettingsResource getApplicationSettings(@PathParam("application-id") String id) {
    return ApplicationSettingsResource.of(id, apps.getSettings(id));
  }

  /** UpdateApplicationSettings: {@code PUT /v1/apps/{application-id}/settings}, partial update. */
  @PUT
  public ApplicationSettingsResource updateApplicationSettings(
      @PathParam("application-id") String id, WriteApplicationSettingsRequest body) {
    return ApplicationSettingsResource.of(id, apps.updateSettings(id, body == null ? null : body.toUpdate()));
  }
}
