package dev.tern.wire.endpoint;

import dev.tern.model.endpoint.ChannelType;
import dev.tern.model.endpoint.EndpointDemographic;
import dev.tern.model.endpoint.EndpointLocation;
import dev.tern.model.endpoint.EndpointStatus;
import dev.tern.model.endpoint.EndpointUpdate;
import dev.tern.model.endpoint.OptOut;
import dev.tern.model.endpoint.Violation;
import dev.tern.model.endpoint.WireValues;
import dev.tern.wire.PinpointJson;
import java.util.List;
import java.util.Map;

/**
 * Pinpoint's {@code EndpointRequest} (UpdateEndpoint's body), which is also {@code PublicEndpoint}
 * (PutEvents' Endpoint part): the same members. The enum-like members are read as text and converted by
 * {@link #toUpdate} with a violation naming the field, so one bad value is a reason, not a parse failure
 * of the whole request (PutEvents must still answer for the other endpoints).
 */
@PinpointJson
public class EndpointRequest {
  public String address;
  public Map<String, List<String>> attributes;
  public String channelType;
  public EndpointDemographic demographic;
  public String effectiveDate;
  public String endpointStatus;
  public EndpointLocation location;
  public Map<String, Double> metrics;
  public String optOut;
  public String requestId;
  public EndpointUpdate.UserUpdate user;

  /** The domain update; conversion problems are added to {@code violations}, fields prefixed {@code prefix}. */
  public EndpointUpdate toUpdate(String prefix, List<Violation> violations) {
    return new EndpointUpdate(
        WireValues.enumValue(ChannelType.class, channelType, prefix + "ChannelType", violations),
        address,
        attributes,
        demographic,
        location,
        metrics,
        WireValues.enumValue(OptOut.class, optOut, prefix + "OptOut", violations),
        user,
        WireValues.instant(effectiveDate, prefix + "EffectiveDate", violations),
        WireValues.enumValue(EndpointStatus.class, endpointStatus, prefix + "EndpointStatus", violations),
        requestId);
  }
}
