package dev.tern.model.template;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/** Shared test data: a fixed clock, a fully populated endpoint view, template versions. */
final class Fixtures {

  static final Instant NOW = Instant.parse("2020-09-19T17:00:00Z");
  static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

  private Fixtures() {}

  /** An endpoint view shaped like EndpointResponse, with every documented variable kind. */
  static Map<String, Object> endpoint() {
    return Map.ofEntries(
        Map.entry("Id", "ep-1"),
        Map.entry("Address", "+12065550100"),
        Map.entry("ChannelType", "SMS"),
        Map.entry("EndpointStatus", "ACTIVE"),
        Map.entry("OptOut", "NONE"),
        Map.entry("RequestId", "req-9"),
        Map.entry("CreationDate", "2019-06-30T11:45:25.220Z"),
        Map.entry("EffectiveDate", "2019-08-23T10:54:35.220Z"),
        Map.entry("Attributes", Map.of(
            "City", List.of("Seattle"),
            "Colors", List.of("red", "blue", "green"),
            "StartDate", List.of("09/19/2020"))),
        Map.entry("Metrics", Map.of("score", 42.0, "ratio", 0.25)),
        Map.entry("User", Map.of(
            "UserId", "user-7",
            "UserAttributes", Map.of(
                "FirstName", List.of("Jane"),
                "Last Name", List.of("Doe"),
                "UserAge", List.of("22")))),
        Map.entry("Demographic", Map.of(
            "AppVersion", "1.2.0", "Locale", "en_US", "Make", "apple", "Model", "iPhone",
            "ModelVersion", "14", "Platform", "ios", "PlatformVersion", "17.1",
            "Timezone", "America/Los_Angeles")),
        Map.entry("Location", Map.of(
            "City", "Los Angeles", "Country", "US", "Latitude", 34.1, "Longitude", -118.2,
            "PostalCode", "90001", "Region", "CA")));
  }

  /** Version 1 of an SMS template with this body. */
  static TemplateVersion sms(String body) {
    return version(SmsTemplate.of(body));
  }

  /** Version 1 of a template named "t" with this content. */
  static TemplateVersion version(MessageTemplate template) {
    return new TemplateVersion("t", "1", NOW, NOW, template);
  }
}
