package dev.tern.api;

import dev.tern.api.wire.SegmentResponse;
import dev.tern.api.wire.SegmentsResponse;
import dev.tern.api.wire.WriteSegmentRequest;
import dev.tern.model.common.PageSize;
import dev.tern.model.segment.SegmentService;
import dev.tern.model.segment.SegmentWrite;
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
import java.util.List;

/**
 * Pinpoint's seven segment operations: convert the wire shape, call {@link SegmentService}, convert
 * back. An empty body reads as a request with no members (Pinpoint models them all optional).
 */
@Path("/v1/apps/{application-id}/segments")
@Produces(MediaType.APPLICATION_JSON)
public class SegmentsApi {

  private static final SegmentWrite NOTHING = new SegmentWrite(null, null, null, List.of());

  private final SegmentService segments;

  SegmentsApi(SegmentService segments) {
    this.segments = segments;
  }

  /** CreateSegment: {@code POST /v1/apps/{application-id}/segments} → 201 SegmentResponse. */
  @Operation("CreateSegment")
  @POST
  public Response createSegment(@PathParam("application-id") String app, WriteSegmentRequest body) {
    var created = segments.create(app, body == null ? NOTHING : body.toWrite());
    return Response.status(201).entity(SegmentResponse.of(created)).build();
  }

  /** GetSegments: {@code GET /v1/apps/{application-id}/segments?page-size&token}. */
  @Operation("GetSegments")
  @GET
  public SegmentsResponse getSegments(@PathParam("application-id") String app,
      @QueryParam("page-size") String pageSize, @QueryParam("token") String token) {
    return SegmentsResponse.of(segments.list(app, PageSize.parse(pageSize), token));
  }

  /** GetSegment: {@code GET /v1/apps/{application-id}/segments/{segment-id}}, the latest version. */
  @Operation("GetSegment")
  @GET
  @Path("/{segment-id}")
  public SegmentResponse getSegment(@PathParam("application-id") String app, @PathParam("segment-id") String id) {
    return SegmentResponse.of(segments.get(app, id));
  }

  /** UpdateSegment: {@code PUT /v1/apps/{application-id}/segments/{segment-id}} → the new version. */
  @Operation("UpdateSegment")
  @PUT
  @Path("/{segment-id}")
  public SegmentResponse updateSegment(@PathParam("application-id") String app, @PathParam("segment-id") String id,
      WriteSegmentRequest body) {
    return SegmentResponse.of(segments.update(app, id, body == null ? NOTHING : body.toWrite()));
  }

  /** DeleteSegment: {@code DELETE /v1/apps/{application-id}/segments/{segment-id}} → the deleted segment. */
  @Operation("DeleteSegment")
  @DELETE
  @Path("/{segment-id}")
  public SegmentResponse deleteSegment(@PathParam("application-id") String app, @PathParam("segment-id") String id) {
    return SegmentResponse.of(segments.delete(app, id));
  }

  /** GetSegmentVersions: {@code GET …/segments/{segment-id}/versions?page-size&token}, newest first. */
  @Operation("GetSegmentVersions")
  @GET
  @Path("/{segment-id}/versions")
  public SegmentsResponse getSegmentVersions(@PathParam("application-id") String app,
      @PathParam("segment-id") String id, @QueryParam("page-size") String pageSize, @QueryParam("token") String token) {
    return SegmentsResponse.of(segments.listVersions(app, id, PageSize.parse(pageSize), token));
  }

  /** GetSegmentVersion: {@code GET …/segments/{segment-id}/versions/{version}}. */
  @Operation("GetSegmentVersion")
  @GET
  @Path("/{segment-id}/versions/{version}")
  public SegmentResponse getSegmentVersion(@PathParam("application-id") String app,
      @PathParam("segment-id") String id, @PathParam("version") String version) {
    return SegmentResponse.of(segments.getVersion(app, id, version));
  }
}
