package dev.tern.model.endpoint;

import java.util.EnumSet;
import java.util.Set;

/**
 * The channel of an endpoint, exactly Pinpoint's {@code ChannelType} enum (botocore model, 13 values).
 *
 * <p>Constant names are the wire values, so {@code name()} is what goes on the wire.
 */
public enum ChannelType {
  PUSH,
  GCM,
  APNS,
  APNS_SANDBOX,
  APNS_VOIP,
  APNS_VOIP_SANDBOX,
  ADM,
  SMS,
  VOICE,
  EMAIL,
  BAIDU,
  CUSTOM,
  IN_APP;

  /**
   * The channels whose 16th endpoint for a user displaces the user's oldest endpoint of these channels
   * instead of being rejected. The list is copied verbatim from the developer guide page
   * "Managing an audience member's maximum number of endpoints" (audience-define-auto-inactive):
   * "If the new channel type for the endpoint is ADM, GCM, APNS, APNS_VOIP, APNS_VOIP_SANDBOX or BAIDU".
   * APNS_SANDBOX appears in neither of that page's two lists; Tern treats it like the rejecting ones.
   */
  private static final Set<ChannelType> DISPLACING =
      EnumSet.of(ADM, GCM, APNS, APNS_VOIP, APNS_VOIP_SANDBOX, BAIDU);

  /** Whether a new endpoint on this channel may displace the user's oldest push endpoint at the 15 limit. */
  public boolean displacesOldestAtUserLimit() {
    return DISPLACING.contains(this);
  }
}
