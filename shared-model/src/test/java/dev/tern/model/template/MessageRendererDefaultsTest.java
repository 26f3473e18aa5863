package dev.tern.model.template;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Missing values and their defaults: endpoint-level substitutions > endpoint value > message-level
 * substitutions > template DefaultSubstitutions > empty.
 */
class MessageRendererDefaultsTest {

  private static final String TEMPLATE_DEFAULTS = """
      {"User.UserAttributes.FirstName":"there","Attributes.Nickname":"friend",
       "Location.Region":"somewhere","Attributes.Pet.[0]":"cat"}""";

  private final MessageRenderer renderer = new MessageRenderer(Fixtures.CLOCK);

  static Stream<Arguments> cases() {
    Map<String, List<String>> none = Map.of();
    return Stream.of(
        Arguments.of("endpoint value wins over the template default",
            "{{User.UserAttributes.FirstName}}", none, none, "Jane"),
        Arguments.of("template default fills a missing attribute",
            "{{Attributes.Nickname}}", none, none, "friend"),
        Arguments.of("template default on a list attribute also works indexed",
            "{{Attributes.Nickname.[0]}}", none, none, "friend"),
        Arguments.of("template default keyed with an index",
            "{{Attributes.Pet.[0]}}", none, none, "cat"),
        Arguments.of("template default does not replace a present standard attribute",
            "{{Location.Region}}", none, none, "CA"),
        Arguments.of("missing without any default renders empty",
            "[{{Attributes.Unknown}}]", none, none, "[]"),
        Arguments.of("message substitution beats the template default",
            "{{Attributes.Nickname}}", Map.of("Attributes.Nickname", List.of("pal")), none, "pal"),
        Arguments.of("message substitution does not beat the endpoint value",
            "{{User.UserAttributes.FirstName}}",
            Map.of("User.UserAttributes.FirstName", List.of("Sam")), none, "Jane"),
        Arguments.of("message substitution fills a variable with no template default",
            "{{Coupon}}", Map.of("Coupon", List.of("SAVE10")), none, "SAVE10"),
        Arguments.of("endpoint substitution beats the endpoint value",
            "{{User.UserAttributes.FirstName}}", none,
            Map.of("User.UserAttributes.FirstName", List.of("Janey")), "Janey"),
        Arguments.of("endpoint substitution beats the message substitution",
            "{{Coupon}}", Map.of("Coupon", List.of("SAVE10")),
            Map.of("Coupon", List.of("VIP20")), "VIP20"),
        Arguments.of("multi-valued substitution prints comma-joined",
            "{{Codes}}", Map.of("Codes", List.of("A", "B")), none, "A,B"),
        Arguments.of("empty substitution list is ignored",
            "{{Attributes.Nickname}}", Map.of("Attributes.Nickname", List.of()), none, "friend"));
  }

  @Test
  void templateDefaultFillsAMissingStandardAttribute() {
    TemplateVersion version = Fixtures.version(
        SmsTemplate.of("{{Location.Region}}").withDefaultSubstitutions(TEMPLATE_DEFAULTS));

    RenderResult result = renderer.render(version, Map.of("Id", "ep-2"), Substitutions.NONE);

    assertEquals(new RenderResult.Rendered(Map.of("Body", "somewhere")), result);
  }

  @Test
  void defaultsRenderEscapedInHtml() {
    TemplateVersion version = Fixtures.version(EmailTemplate.of("Hi {{Attributes.Nickname}}",
        "<p>Hi {{Attributes.Nickname}}</p>", null)
        .withDefaultSubstitutions("{\"Attributes.Nickname\":\"Tom & Jerry\"}"));

    RenderResult result = renderer.render(version, Map.of(), Substitutions.NONE);

    assertEquals(new RenderResult.Rendered(Map.of(
        "Subject", "Hi Tom & Jerry", "HtmlPart", "<p>Hi Tom &amp; Jerry</p>")), result);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void appliesDefaultsInPrecedence(String name, String body, Map<String, List<String>> message,
      Map<String, List<String>> endpoint, String expected) {
    TemplateVersion version = Fixtures.version(
        SmsTemplate.of(body).withDefaultSubstitutions(TEMPLATE_DEFAULTS));

    RenderResult result =
        renderer.render(version, Fixtures.endpoint(), new Substitutions(message, endpoint));

    assertEquals(new RenderResult.Rendered(Map.of("Body", expected)), result);
  }
}
