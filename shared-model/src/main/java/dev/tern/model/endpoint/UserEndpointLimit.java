package dev.tern.model.endpoint;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Pinpoint's 15-endpoints-per-user rule and what happens to the 16th, from the developer guide page
 * "Managing an audience member's maximum number of endpoints" (audience-define-auto-inactive; summarised
 * in pinpoint-api.md §4.2; the FAQ's "up to 10 endpoints" is the older limit):
 *
 * <ul>
 *   <li>"If the new channel type for the endpoint is SMS, PUSH, VOICE, EMAIL, CUSTOM or IN_APP then
 *       BadRequestException is returned" → {@link Rejected}.
 *   <li>If it is ADM, GCM, APNS, APNS_VOIP, APNS_VOIP_SANDBOX or BAIDU and at least one of the user's
 *       endpoints is on one of those channels, "the endpoint with the oldest EffectiveDate is set to
 *       INACTIVE" and "the UserId from the old endpoint is removed" → {@link Displacing}; with no such
 *       endpoint, BadRequestException → {@link Rejected}.
 * </ul>
 *
 * <p>Readings where the page is silent: APNS_SANDBOX (in neither list) and endpoints without a
 * ChannelType are rejected, the safe side; an endpoint without EffectiveDate counts as the oldest; ties
 * go to the smaller endpoint id so the choice is deterministic.
 */
public final class UserEndpointLimit {

  /** Most endpoints one UserId may have. */
  public static final int MAX_ENDPOINTS_PER_USER = 15;

  private UserEndpointLimit() {}

  /** The outcome of writing an endpoint that carries a UserId. */
  public sealed interface Decision permits Allowed, Displacing, Rejected {}

  /** The user stays within the limit; write the endpoint. */
  public record Allowed() implements Decision {}

  /** Write the endpoint and also {@code displaced}: the oldest push endpoint, now INACTIVE and without UserId. */
  public record Displacing(Endpoint displaced) implements Decision {}

  /** Refuse the write; the violation names {@code User.UserId}. */
  public record Rejected(Violation violation) implements Decision {}

  /**
   * Decides whether {@code candidate} (the endpoint as it would be stored) may join its user, given the
   * endpoints currently stored with the same UserId (the candidate itself may be among them).
   */
  public static Decision decide(Endpoint candidate, List<Endpoint> endpointsOfUser) {
    String userId = candidate.userId();
    if (userId == null) {
      return new Allowed();
    }
    List<Endpoint> others =
        endpointsOfUser.stream()
            .filter(e -> !e.id().equals(candidate.id()) && userId.equals(e.userId()))
            .toList();
    if (others.size() < MAX_ENDPOINTS_PER_USER) {
      return new Allowed();
    }
    ChannelType channel = candidate.channelType();
    if (channel == null || !channel.displacesOldestAtUserLimit()) {
      return new Rejected(new Violation("User.UserId", "user '" + userId + "' already has "
          + MAX_ENDPOINTS_PER_USER + " endpoints; a " + (channel == null ? "channel-less" : channel)
          + " endpoint cannot replace one, delete an endpoint of this user first"));
    }
    Optional<Endpoint> oldest =
        others.stream()
            .filter(e -> e.channelType() != null && e.channelType().displacesOldestAtUserLimit())
            .min(Comparator.comparing(Endpoint::effectiveDate, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(Endpoint::id));
    if (oldest.isEmpty()) {
      return new Rejected(new Violation("User.UserId", "user '" + userId + "' already has "
          + MAX_ENDPOINTS_PER_USER + " endpoints and none on ADM, GCM, APNS, APNS_VOIP,"
          + " APNS_VOIP_SANDBOX or BAIDU that the new " + channel + " endpoint could replace"));
    }
    return new Displacing(oldest.get().withStatus(EndpointStatus.INACTIVE).withoutUserId());
  }
}
