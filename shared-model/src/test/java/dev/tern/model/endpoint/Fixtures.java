package dev.tern.model.endpoint;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Small builders for endpoint tests. */
final class Fixtures {

  static final String APP = "app1";
  static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");

  private Fixtures() {}

  /** A stored endpoint on {@code channel} for {@code userId} with the given EffectiveDate. */
  static Endpoint endpoint(String id, ChannelType channel, String userId, Instant effectiveDate) {
    return new Endpoint(id, APP, channel, "addr-" + id, Map.of(), null, null, Map.of(), OptOut.NONE,
        new EndpointUser(userId, Map.of()), effectiveDate, EndpointStatus.ACTIVE, "r-" + id,
        effectiveDate, CohortId.of(id));
  }

  /** An update that only sets attributes. */
  static EndpointUpdate attributes(Map<String, List<String>> attributes) {
    return new EndpointUpdate(null, null, attributes, null, null, null, null, null, null, null, null);
  }

  /** A string of {@code n} copies of {@code c}. */
  static String text(int n, char c) {
    return String.valueOf(c).repeat(n);
  }
}
