package dev.tern.api;

import dev.tern.api.wire.journey.JourneyResponse;
import dev.tern.api.wire.journey.JourneyStateRequest;
import dev.tern.api.wire.journey.JourneysResponse;
import dev.tern.api.wire.journey.WriteJourneyRequest;
import dev.tern.model.common.PageSize;
import dev.tern.model.journey.JourneyService;
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
 * Pinpoint's journey management operations (issue 4: stored and validated; execution comes later):
 * convert the wire shape, call {@link JourneyService}, convert back. GetJourneyRuns and the journey
 * metrics operations are not served yet (404 like any other unserved operation).
 */
@Path("/v1/apps/{application-id}/journeys")
@Produces(MediaType.APPLICATION_JSON)
public class JourneysApi {

  private final JourneyService journeys;

  JourneysApi(JourneyService journeys) {
    this.journeys = journeys;
  }

  /** CreateJourney: {@code POST /v1/apps/{application-id}/journeys} → 201 JourneyResponse. */
  @Operation("CreateJourney")
  @POST
  public Response createJourney(@PathParam("application-id") String applicationId, WriteJourneyRequest body) {
    var created = journeys.create(applicationId, body == null ? null : body.toCommand());
    return Response.status(201).entity(JourneyResponse.of(created)).build();
  }

  /** ListJourneys: {@code GET /v1/apps/{application-id}/journeys?page-size&token} → JourneysResponse. */
  @Operation("ListJourneys")
  @GET
  public JourneysResponse listJourneys(@PathParam("application-id") String applicationId,
      @QueryParam("page-size") String pageSize, @QueryParam("token") String token) {
    return JourneysResponse.of(journeys.list(applicationId, PageSize.parse(pageSize), token));
  }

  /** GetJourney: {@code GET /v1/apps/{application-id}/journeys/{journey-id}} → JourneyResponse. */
  @Operation("GetJourney")
  @GET
  @Path("/{journey-id}")
  public JourneyResponse getJourney(
      @PathParam("application-id") String applicationId, @PathParam("journey-id") String journeyId) {
    return JourneyResponse.of(journeys.get(applicationId, journeyId));
  }

  /** UpdateJourney: {@code PUT …/journeys/{journey-id}}, a full replace; 409 where the state forbids it. */
  @Operation("UpdateJourney")
  @PUT
  @Path("/{journey-id}")
  public JourneyResponse updateJourney(@PathParam("application-id") String applicationId,
      @PathParam("journey-id") String journeyId, WriteJourneyRequest body) {
    return JourneyResponse.of(journeys.update(applicationId, journeyId, body == null ? null : body.toCommand()));
  }

  /** DeleteJourney: {@code DELETE …/journeys/{journey-id}} → the deleted journey's JourneyResponse. */
  @Operation("DeleteJourney")
  @DELETE
  @Path("/{journey-id}")
  public JourneyResponse deleteJourney(
      @PathParam("application-id") String applicationId, @PathParam("journey-id") String journeyId) {
    return JourneyResponse.of(journeys.delete(applicationId, journeyId));
  }

  /** UpdateJourneyState: {@code PUT …/journeys/{journey-id}/state} with {@code {"State":"PAUSED"}}. */
  @Operation("UpdateJourneyState")
  @PUT
  @Path("/{journey-id}/state")
  public JourneyResponse updateJourneyState(@PathParam("application-id") String applicationId,
      @PathParam("journey-id") String journeyId, JourneyStateRequest body) {
    return JourneyResponse.of(journeys.updateState(applicationId, journeyId, body == null ? null : body.state()));
  }
}
