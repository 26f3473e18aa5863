package dev.tern.model.endpoint;

import static dev.tern.model.endpoint.Fixtures.NOW;
import static dev.tern.model.endpoint.Fixtures.endpoint;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class UserEndpointLimitTest {

  /** {@code count} EMAIL endpoints of u1, the n-th one n days old. */
  private static List<Endpoint> emails(int count) {
    return IntStream.range(0, count)
        .mapToObj(i -> endpoint("mail" + i, ChannelType.EMAIL, "u1", NOW.minusSeconds(86_400L * (i + 1))))
        .toList();
  }

  private static Endpoint candidate(String id, ChannelType channel) {
    return endpoint(id, channel, "u1", NOW);
  }

  @ParameterizedTest(name = "{0} existing endpoints + 1 new -> allowed {1}")
  @MethodSource("counts")
  void allowsFifteenAndRejectsTheSixteenthEmail(int existing, boolean allowed) {
    UserEndpointLimit.Decision decision =
        UserEndpointLimit.decide(candidate("new", ChannelType.EMAIL), emails(existing));
    if (allowed) {
      assertInstanceOf(UserEndpointLimit.Allowed.class, decision);
    } else {
      UserEndpointLimit.Rejected rejected = assertInstanceOf(UserEndpointLimit.Rejected.class, decision);
      assertEquals("User.UserId", rejected.violation().field());
    }
  }

  static Stream<Arguments> counts() {
    return Stream.of(Arguments.of(0, true), Arguments.of(14, true), Arguments.of(15, false));
  }

  @ParameterizedTest(name = "16th endpoint on {0} is rejected")
  @EnumSource(value = ChannelType.class, names = {"SMS", "PUSH", "VOICE", "EMAIL", "CUSTOM", "IN_APP", "APNS_SANDBOX"})
  void rejectsSixteenthOnNonDisplacingChannels(ChannelType channel) {
    List<Endpoint> existing = new ArrayList<>(emails(14));
    existing.add(endpoint("old-push", ChannelType.GCM, "u1", NOW.minusSeconds(999_999)));
    assertInstanceOf(UserEndpointLimit.Rejected.class,
        UserEndpointLimit.decide(candidate("new", channel), existing));
  }

  @ParameterizedTest(name = "16th endpoint on {0} displaces the oldest push endpoint")
  @EnumSource(value = ChannelType.class, names = {"ADM", "GCM", "APNS", "APNS_VOIP", "APNS_VOIP_SANDBOX", "BAIDU"})
  void displacesOldestPushEndpoint(ChannelType channel) {
    List<Endpoint> existing = new ArrayList<>(emails(12));
    existing.add(endpoint("apns-new", ChannelType.APNS, "u1", NOW.minusSeconds(10)));
    existing.add(endpoint("baidu-old", ChannelType.BAIDU, "u1", NOW.minusSeconds(5_000)));
    existing.add(endpoint("adm-mid", ChannelType.ADM, "u1", NOW.minusSeconds(1_000)));

    UserEndpointLimit.Displacing displacing = assertInstanceOf(UserEndpointLimit.Displacing.class,
        UserEndpointLimit.decide(candidate("new", channel), existing));

    assertEquals("baidu-old", displacing.displaced().id(), "oldest push, although emails are older");
    assertEquals(EndpointStatus.INACTIVE, displacing.displaced().endpointStatus());
    assertNull(displacing.displaced().userId());
  }

  @Test
  void rejectsSixteenthPushWhenNoPushEndpointCanBeDisplaced() {
    UserEndpointLimit.Rejected rejected = assertInstanceOf(UserEndpointLimit.Rejected.class,
        UserEndpointLimit.decide(candidate("new", ChannelType.GCM), emails(15)));
    assertEquals("User.UserId", rejected.violation().field());
  }

  @Test
  void updatingOneOfTheFifteenIsNotASixteenth() {
    List<Endpoint> existing = emails(15);
    Endpoint rewrite = endpoint("mail3", ChannelType.EMAIL, "u1", NOW);
    assertInstanceOf(UserEndpointLimit.Allowed.class, UserEndpointLimit.decide(rewrite, existing));
  }

  @Test
  void endpointWithoutUserIsAlwaysAllowed() {
    Endpoint anonymous = endpoint("anon", ChannelType.SMS, null, NOW);
    assertInstanceOf(UserEndpointLimit.Allowed.class, UserEndpointLimit.decide(anonymous, emails(15)));
  }

  @Test
  void endpointWithoutEffectiveDateCountsAsOldest() {
    List<Endpoint> existing = new ArrayList<>(emails(13));
    existing.add(endpoint("gcm-dated", ChannelType.GCM, "u1", Instant.EPOCH));
    existing.add(endpoint("gcm-undated", ChannelType.GCM, "u1", null));
    UserEndpointLimit.Displacing displacing = assertInstanceOf(UserEndpointLimit.Displacing.class,
        UserEndpointLimit.decide(candidate("new", ChannelType.GCM), existing));
    assertEquals("gcm-undated", displacing.displaced().id());
  }
}
