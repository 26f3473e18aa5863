package dev.tern.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tern.ingest.wire.EventsRequestReader;
import dev.tern.ingest.wire.EventsResponse;
import dev.tern.model.common.PayloadTooLargeException;
import dev.tern.model.event.EventIngest;
import dev.tern.wire.Operation;
import dev.tern.wire.WireFilters;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;

/** PutEvents: {@code POST /v1/apps/{application-id}/events} → 202 EventsResponse (see {@link IngestFunction}). */
@Path("/v1/apps/{application-id}/events")
@Produces(MediaType.APPLICATION_JSON)
public class EventsApi {

  /** PutEvents' request quota: 4 MB. */
  static final int MAX_BODY_BYTES = 4 * 1024 * 1024;

  private final EventIngest ingest;
  private final ObjectMapper json;

  EventsApi(EventIngest ingest, ObjectMapper json) {
    this.ingest = ingest;
    this.json = json;
  }

  /** PutEvents: reads the batches item by item, ingests them, answers every item in one 202. */
  @POST
  @Operation("PutEvents")
  public Response putEvents(@PathParam("application-id") String appId,
      @HeaderParam(WireFilters.REQUEST_ID_HEADER) String requestId, byte[] body) throws IOException {
    if (body != null && body.length > MAX_BODY_BYTES) {
      throw new PayloadTooLargeException("Request body of " + body.length + " bytes exceeds PutEvents' maximum of "
          + MAX_BODY_BYTES + " bytes");
    }
    JsonNode root = body == null || body.length == 0 ? null : json.readTree(body);
    var results = ingest.ingest(appId, new EventsRequestReader(json).read(root), requestId);
    return Response.status(202).entity(EventsResponse.of(results)).build();
  }
}
