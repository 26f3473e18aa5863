package dev.tern.model.endpoint;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A stored endpoint: one address on one channel of one application, with everything Pinpoint's
 * {@code EndpointResponse} returns. Dates are {@link Instant}s here and ISO-8601 strings on the wire.
 *
 * <p>Build new or changed endpoints with {@link EndpointUpdate#applyTo}, which owns Pinpoint's merge
 * rules; this record only normalises (immutable maps, non-null nested records, defaults).
 *
 * @param channelType null when the client never sent one (PutEvents may create such endpoints)
 * @param cohortId 0–99; {@link CohortId#of(String)} of the id for endpoints Tern creates, kept as stored for
 *     endpoints migrated from Pinpoint (whose cohorts were random)
 */
public record Endpoint(
    String id,
    String applicationId,
    ChannelType channelType,
    String address,
    Map<String, List<String>> attributes,
    EndpointDemographic demographic,
    EndpointLocation location,
    Map<String, Double> metrics,
    OptOut optOut,
    EndpointUser user,
    Instant effectiveDate,
    EndpointStatus endpointStatus,
    String requestId,
    Instant creationDate,
    int cohortId) {

  /** Requires id and application id, copies maps, replaces absent nested records by their empty form. */
  public Endpoint {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(applicationId, "applicationId");
    attributes = Attributes.copy(attributes);
    demographic = demographic == null ? EndpointDemographic.EMPTY : demographic;
    location = location == null ? EndpointLocation.EMPTY : location;
    metrics = metrics == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(metrics));
    optOut = optOut == null ? OptOut.NONE : optOut;
    user = user == null ? EndpointUser.NONE : user;
    endpointStatus = endpointStatus == null ? EndpointStatus.ACTIVE : endpointStatus;
    if (cohortId < 0 || cohortId > 99) {
      throw new IllegalArgumentException("cohortId must be 0-99, was " + cohortId);
    }
  }

  /** The user id, or null when the endpoint has no user. */
  public String userId() {
    return user.userId();
  }

  /** A copy with the given status. */
  public Endpoint withStatus(EndpointStatus status) {
    return new Endpoint(id, applicationId, channelType, address, attributes, demographic, location, metrics,
        optOut, user, effectiveDate, status, requestId, creationDate, cohortId);
  }

  /** A copy detached from its user (UserId removed, user attributes kept). */
  public Endpoint withoutUserId() {
    return new Endpoint(id, applicationId, channelType, address, attributes, demographic, location, metrics,
        optOut, user.withoutUserId(), effectiveDate, endpointStatus, requestId, creationDate, cohortId);
  }
}
