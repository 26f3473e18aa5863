package dev.tern.api;

import dev.tern.api.wire.ActivitiesResponse;
import dev.tern.api.wire.CampaignResponse;
import dev.tern.api.wire.CampaignsResponse;
import dev.tern.api.wire.WriteCampaignRequest;
import dev.tern.model.campaign.Campaign;
import dev.tern.model.campaign.CampaignService;
import dev.tern.model.common.Page;
import dev.tern.model.common.PageSize;
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
 * Pinpoint's eight campaign operations: convert the wire shape, call {@link CampaignService}, convert back.
 * One class for all of them, so a known path with an unsupported method is answered 405 here.
 */
@Path("/v1/apps/{application-id}/campaigns")
@Produces(MediaType.APPLICATION_JSON)
public class CampaignsApi {

  private final CampaignService campaigns;

  CampaignsApi(CampaignService campaigns) {
    this.campaigns = campaigns;
  }

  /** CreateCampaign: {@code POST /v1/apps/{application-id}/campaigns} → 201 CampaignResponse. */
  @Operation("CreateCampaign")
  @POST
  public Response createCampaign(@PathParam("application-id") String app, WriteCampaignRequest body) {
    Campaign created = campaigns.create(app, body == null ? null : body.toInput());
    return Response.status(201).entity(wire(created)).build();
  }

  /** GetCampaigns: {@code GET /v1/apps/{application-id}/campaigns?page-size&token} → CampaignsResponse. */
  @Operation("GetCampaigns")
  @GET
  public CampaignsResponse getCampaigns(@PathParam("application-id") String app,
      @QueryParam("page-size") String pageSize, @QueryParam("token") String token) {
    return page(campaigns.list(app, PageSize.parse(pageSize), token));
  }

  /** GetCampaign: the current version. */
  @Operation("GetCampaign")
  @GET
  @Path("/{campaign-id}")
  public CampaignResponse getCampaign(@PathParam("application-id") String app, @PathParam("campaign-id") String id) {
    return wire(campaigns.get(app, id));
  }

  /** UpdateCampaign: a new version → 200 CampaignResponse. */
  @Operation("UpdateCampaign")
  @PUT
  @Path("/{campaign-id}")
  public CampaignResponse updateCampaign(@PathParam("application-id") String app,
      @PathParam("campaign-id") String id, WriteCampaignRequest body) {
    return wire(campaigns.update(app, id, body == null ? null : body.toInput()));
  }

  /** DeleteCampaign: answers the deleted campaign. */
  @Operation("DeleteCampaign")
  @DELETE
  @Path("/{campaign-id}")
  public CampaignResponse deleteCampaign(@PathParam("application-id") String app,
      @PathParam("campaign-id") String id) {
    return wire(campaigns.delete(app, id));
  }

  /** GetCampaignActivities: the campaign's runs with their counters. */
  @Operation("GetCampaignActivities")
  @GET
  @Path("/{campaign-id}/activities")
  public ActivitiesResponse getCampaignActivities(@PathParam("application-id") String app,
      @PathParam("campaign-id") String id, @QueryParam("page-size") String pageSize,
      @QueryParam("token") String token) {
    return ActivitiesResponse.of(campaigns.activities(app, id, PageSize.parse(pageSize), token));
  }

  /** GetCampaignVersion: one version. */
  @Operation("GetCampaignVersion")
  @GET
  @Path("/{campaign-id}/versions/{version}")
  public CampaignResponse getCampaignVersion(@PathParam("application-id") String app,
      @PathParam("campaign-id") String id, @PathParam("version") String version) {
    return wire(campaigns.version(app, id, version));
  }

  /** GetCampaignVersions: the versions, newest first. */
  @Operation("GetCampaignVersions")
  @GET
  @Path("/{campaign-id}/versions")
  public CampaignsResponse getCampaignVersions(@PathParam("application-id") String app,
      @PathParam("campaign-id") String id, @QueryParam("page-size") String pageSize,
      @QueryParam("token") String token) {
    return page(campaigns.versions(app, id, PageSize.parse(pageSize), token));
  }

  private CampaignResponse wire(Campaign c) {
    return CampaignResponse.of(c, campaigns.arn(c));
  }

  private CampaignsResponse page(Page<Campaign> page) {
    return new CampaignsResponse(page.items().stream().map(this::wire).toList(), page.nextToken());
  }
}
