package dev.tern.wire.endpoint;

import dev.tern.model.common.Timestamps;
import dev.tern.model.endpoint.Endpoint;
import dev.tern.model.endpoint.EndpointDemographic;
import dev.tern.model.endpoint.EndpointLocation;
import dev.tern.model.endpoint.EndpointUser;
import dev.tern.wire.PinpointJson;
import java.util.List;
import java.util.Map;

/**
 * Pinpoint's {@code EndpointResponse} (GetEndpoint, DeleteEndpoint, items of EndpointsResponse). Members
 * the endpoint does not have are omitted; CohortId is a string on the wire ("0"–"99").
 */
@PinpointJson
public record EndpointResponse(
    String address,
    String applicationId,
    Map<String, List<String>> attributes,
    String channelType,
    String cohortId,
    String creationDate,
    EndpointDemographic demographic,
    String effectiveDate,
    String endpointStatus,
    String id,
    EndpointLocation location,
    Map<String, Double> metrics,
    String optOut,
    String requestId,
    EndpointUser user) {

  /** The wire form of {@code e}. */
  public static EndpointResponse of(Endpoint e) {
    return new EndpointResponse(
        e.address(),
        e.applicationId(),
        e.attributes().isEmpty() ? null : e.attributes(),
        e.channelType() == null ? null : e.channelType().name(),
        Integer.toString(e.cohortId()),
        e.creationDate() == null ? null : Timestamps.format(e.creationDate()),
        EndpointDemographic.EMPTY.equals(e.demographic()) ? null : e.demographic(),
        e.effectiveDate() == null ? null : Timestamps.format(e.effectiveDate()),
        e.endpointStatus().name(),
        e.id(),
        EndpointLocation.EMPTY.equals(e.location()) ? null : e.location(),
        e.metrics().isEmpty() ? null : e.metrics(),
        e.optOut().name(),
        e.requestId(),
        e.user().userId() == null && e.user().userAttributes().isEmpty() ? null : e.user());
  }
}
