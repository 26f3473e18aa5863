package dev.tern.model.segment;

import dev.tern.model.endpoint.ChannelType;
import dev.tern.model.endpoint.CohortId;
import dev.tern.model.endpoint.Endpoint;
import dev.tern.model.endpoint.EndpointDemographic;
import dev.tern.model.endpoint.EndpointLocation;
import dev.tern.model.endpoint.EndpointStatus;
import dev.tern.model.endpoint.EndpointUser;
import dev.tern.model.endpoint.OptOut;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A test endpoint builder: {@code Ep.of("ep1").attr("color", "red").build()}. */
final class Ep {

  static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");

  private final String id;
  private ChannelType channel = ChannelType.EMAIL;
  private EndpointDemographic demographic = EndpointDemographic.EMPTY;
  private EndpointLocation location = EndpointLocation.EMPTY;
  private final Map<String, List<String>> attributes = new LinkedHashMap<>();
  private final Map<String, List<String>> userAttributes = new LinkedHashMap<>();
  private final Map<String, Double> metrics = new LinkedHashMap<>();

  private Ep(String id) {
    this.id = id;
  }

  static Ep of(String id) {
    return new Ep(id);
  }

  /** An endpoint with nothing but an id and the EMAIL channel. */
  static Endpoint bare() {
    return of("bare").build();
  }

  Ep channel(ChannelType channel) {
    this.channel = channel;
    return this;
  }

  Ep device(String appVersion, String make, String model, String platform) {
    this.demographic = new EndpointDemographic(appVersion, null, make, model, null, platform, null, null);
    return this;
  }

  Ep country(String country) {
    this.location = new EndpointLocation(null, country, location.latitude(), location.longitude(), null, null);
    return this;
  }

  Ep at(double latitude, double longitude) {
    this.location = new EndpointLocation(null, location.country(), latitude, longitude, null, null);
    return this;
  }

  Ep attr(String name, String... values) {
    attributes.put(name, List.of(values));
    return this;
  }

  Ep userAttr(String name, String... values) {
    userAttributes.put(name, List.of(values));
    return this;
  }

  Ep metric(String name, double value) {
    metrics.put(name, value);
    return this;
  }

  Endpoint build() {
    return new Endpoint(id, "app1", channel, "addr", attributes, demographic, location, metrics, OptOut.NONE,
        new EndpointUser("user-" + id, userAttributes), NOW, EndpointStatus.ACTIVE, "req", NOW,
        CohortId.of(id));
  }
}
