package dev.tern.model.endpoint;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A partial write of one endpoint: Pinpoint's {@code EndpointRequest} (UpdateEndpoint), the body of an
 * {@code EndpointBatchItem} without its Id, and PutEvents' {@code PublicEndpoint}. Every member is
 * optional; null means "not sent".
 *
 * <p>Merge rules, with the sentence each one rests on:
 *
 * <ol>
 *   <li><b>Attributes, User.UserAttributes and Metrics merge per name.</b> UpdateEndpoint's model doc: "If
 *       an update includes one or more values for a custom attribute, Amazon Pinpoint replaces
 *       (overwrites) any existing values with the new values." So a sent name replaces that name's values
 *       (no union of old and new values); names not sent are kept. Metrics, "custom metrics" counted with
 *       custom attributes in the quota, follow the same per-name rule.
 *   <li><b>A name sent with an empty list is removed from this endpoint.</b> Not documented; it is the
 *       reading of "replaces … with the new values" when there are none, and the only per-endpoint way to
 *       clear an attribute (RemoveAttributes is app-wide and keeps existing endpoint values).
 *   <li><b>Any other member not sent keeps its stored value</b>, also inside Demographic, Location and
 *       User (UserId). Undocumented; pinpoint-api.md §4.2 records AWS's observed behaviour as a merge.
 *   <li><b>EndpointStatus not sent becomes ACTIVE</b>: "Amazon Pinpoint automatically sets this value to
 *       ACTIVE when you create an endpoint or update an existing endpoint." A sent value is kept.
 *   <li><b>EffectiveDate not sent becomes now</b>: it is "the date and time … when the endpoint is updated".
 *   <li><b>RequestId</b> is "the unique identifier for the most recent request to update the endpoint":
 *       the sent value, else the API request id of this call.
 *   <li>CreationDate and CohortId are set on create and never changed; OptOut defaults to NONE on create.
 * </ol>
 *
 * <p>Not here: "Amazon Pinpoint automatically sets this value to INACTIVE if you update another endpoint
 * that has the same address" needs a lookup by address and belongs to the use case.
 */
public record EndpointUpdate(
    ChannelType channelType,
    String address,
    Map<String, List<String>> attributes,
    EndpointDemographic demographic,
    EndpointLocation location,
    Map<String, Double> metrics,
    OptOut optOut,
    UserUpdate user,
    Instant effectiveDate,
    EndpointStatus endpointStatus,
    String requestId) {

  /** The {@code User} member of a write: both parts optional, null meaning "not sent". */
  public record UserUpdate(String userId, Map<String, List<String>> userAttributes) {}

  /** An update that sends nothing (still stamps EffectiveDate, status and request id when applied). */
  public static final EndpointUpdate EMPTY =
      new EndpointUpdate(null, null, null, null, null, null, null, null, null, null, null);

  /**
   * The endpoint after this update: created from nothing when {@code stored} is null, otherwise merged
   * into {@code stored} by the rules in the class comment.
   */
  public Endpoint applyTo(
      String applicationId, String endpointId, Endpoint stored, Instant now, String apiRequestId) {
    Objects.requireNonNull(now, "now");
    if (stored != null
        && (!stored.id().equals(endpointId) || !stored.applicationId().equals(applicationId))) {
      throw new IllegalArgumentException("stored endpoint is not " + applicationId + "/" + endpointId);
    }
    Endpoint base = stored != null ? stored : blank(applicationId, endpointId, now);
    EndpointUser baseUser = base.user();
    EndpointUser mergedUser =
        user == null
            ? baseUser
            : new EndpointUser(
                user.userId() != null ? user.userId() : baseUser.userId(),
                Attributes.merge(baseUser.userAttributes(), user.userAttributes()));
    return new Endpoint(
        endpointId,
        applicationId,
        channelType != null ? channelType : base.channelType(),
        address != null ? address : base.address(),
        Attributes.merge(base.attributes(), attributes),
        base.demographic().overlay(demographic),
        base.location().overlay(location),
        mergeMetrics(base.metrics(), metrics),
        optOut != null ? optOut : base.optOut(),
        mergedUser,
        effectiveDate != null ? effectiveDate : now,
        endpointStatus != null ? endpointStatus : EndpointStatus.ACTIVE,
        requestId != null ? requestId : apiRequestId,
        base.creationDate(),
        base.cohortId());
  }

  private static Endpoint blank(String applicationId, String endpointId, Instant now) {
    return new Endpoint(endpointId, applicationId, null, null, Map.of(), null, null, Map.of(), OptOut.NONE,
        null, now, EndpointStatus.ACTIVE, null, now, CohortId.of(endpointId));
  }

  private static Map<String, Double> mergeMetrics(Map<String, Double> stored, Map<String, Double> update) {
    if (update == null) {
      return stored;
    }
    Map<String, Double> merged = new LinkedHashMap<>(stored);
    merged.putAll(update);
    return merged;
  }
}
