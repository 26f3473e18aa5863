package dev.tern.model.template;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every documented message-variable kind resolves against the endpoint view. */
class MessageRendererVariablesTest {

  private final MessageRenderer renderer = new MessageRenderer(Fixtures.CLOCK);

  static Stream<Arguments> variables() {
    return Stream.of(
        Arguments.of("endpoint id", "{{Id}}", "ep-1"),
        Arguments.of("address", "{{Address}}", "+12065550100"),
        Arguments.of("channel type", "{{ChannelType}}", "SMS"),
        Arguments.of("endpoint status", "{{EndpointStatus}}", "ACTIVE"),
        Arguments.of("opt out", "{{OptOut}}", "NONE"),
        Arguments.of("request id", "{{RequestId}}", "req-9"),
        Arguments.of("creation date", "{{CreationDate}}", "2019-06-30T11:45:25.220Z"),
        Arguments.of("effective date", "{{EffectiveDate}}", "2019-08-23T10:54:35.220Z"),
        Arguments.of("custom attribute, one value", "{{Attributes.City}}", "Seattle"),
        Arguments.of("custom attribute, many values, comma-joined", "{{Attributes.Colors}}",
            "red,blue,green"),
        Arguments.of("custom attribute by index", "{{Attributes.Colors.[1]}}", "blue"),
        Arguments.of("metric, integral double without .0", "{{Metrics.score}}", "42"),
        Arguments.of("metric, fraction", "{{Metrics.ratio}}", "0.25"),
        Arguments.of("user id", "{{User.UserId}}", "user-7"),
        Arguments.of("user attribute", "{{User.UserAttributes.FirstName}}", "Jane"),
        Arguments.of("user attribute with a space", "{{User.UserAttributes.[Last Name]}}", "Doe"),
        Arguments.of("user attribute with a space, indexed",
            "{{User.UserAttributes.[Last Name].[0]}}", "Doe"),
        Arguments.of("demographic platform", "{{Demographic.Platform}}", "ios"),
        Arguments.of("demographic app version", "{{Demographic.AppVersion}}", "1.2.0"),
        Arguments.of("demographic make and model", "{{Demographic.Make}} {{Demographic.Model}}",
            "apple iPhone"),
        Arguments.of("demographic time zone", "{{Demographic.Timezone}}", "America/Los_Angeles"),
        Arguments.of("location country", "{{Location.Country}}", "US"),
        Arguments.of("location city", "{{Location.City}}", "Los Angeles"),
        Arguments.of("location latitude", "{{Location.Latitude}}", "34.1"),
        Arguments.of("location longitude", "{{Location.Longitude}}", "-118.2"),
        Arguments.of("missing attribute renders empty", "[{{Attributes.Nope}}]", "[]"),
        Arguments.of("missing section renders empty", "[{{Nothing.Here.At.All}}]", "[]"),
        Arguments.of("index past the end renders empty", "[{{Attributes.City.[3]}}]", "[]"),
        Arguments.of("no Java getter is reachable", "[{{Attributes.City.empty}}]", "[]"),
        Arguments.of("plain text untouched", "Hello!", "Hello!"));
  }

  @ParameterizedTest(name = "{0}: {1} -> {2}")
  @MethodSource("variables")
  void resolvesVariable(String name, String body, String expected) {
    RenderResult result =
        renderer.render(Fixtures.sms(body), Fixtures.endpoint(), Substitutions.NONE);

    assertEquals(new RenderResult.Rendered(java.util.Map.of("Body", expected)), result);
  }
}
