package dev.tern.model.template;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Name, DefaultSubstitutions, size, header, tag and in-app rules, each naming its field. */
class TemplateValidatorTest {

  static Stream<Arguments> names() {
    return Stream.of(
        Arguments.of("letters", "Welcome", true),
        Arguments.of("digit first, underscore and hyphen", "1st_promo-EU", true),
        Arguments.of("exactly 128 characters", "a".repeat(128), true),
        Arguments.of("129 characters", "a".repeat(129), false),
        Arguments.of("empty", "", false),
        Arguments.of("starts with an underscore", "_promo", false),
        Arguments.of("starts with a hyphen", "-promo", false),
        Arguments.of("contains a space", "big promo", false),
        Arguments.of("contains a dot", "promo.v2", false),
        Arguments.of("non-ASCII letter", "promoé", false));
  }

  @ParameterizedTest(name = "{0}: valid={2}")
  @MethodSource("names")
  void checksTemplateNames(String label, String name, boolean valid) {
    List<Violation> violations = TemplateValidator.validate(name, SmsTemplate.of("hi"));

    assertEquals(valid ? List.of() : List.of("TemplateName"), fields(violations));
  }

  static Stream<Arguments> contents() {
    return Stream.of(
        Arguments.of("good SMS", SmsTemplate.of("Hi {{User.UserId}}"), List.of()),
        Arguments.of("SMS at 1,600", SmsTemplate.of("x".repeat(1_600)), List.of()),
        Arguments.of("SMS over 1,600", SmsTemplate.of("x".repeat(1_601)), List.of("Body")),
        Arguments.of("voice over 10,000", VoiceTemplate.of("x".repeat(10_001)), List.of("Body")),
        Arguments.of("email over 600,000 in total",
            EmailTemplate.of("s", "x".repeat(400_000), "y".repeat(200_000)),
            List.of("Subject+HtmlPart+TextPart")),
        Arguments.of("defaults not JSON",
            SmsTemplate.of("hi").withDefaultSubstitutions("name=there"),
            List.of("DefaultSubstitutions")),
        Arguments.of("defaults with a number value",
            SmsTemplate.of("hi").withDefaultSubstitutions("{\"Metrics.score\":1}"),
            List.of("DefaultSubstitutions")),
        Arguments.of("good defaults",
            SmsTemplate.of("hi").withDefaultSubstitutions("{\"Attributes.City\":\"Paris\"}"),
            List.of()),
        Arguments.of("16 email headers", new EmailTemplate("s", "h", "t",
            IntStream.range(0, 16).mapToObj(i -> new EmailTemplate.Header("X-" + i, "v")).toList(),
            null, null, null, Map.of()), List.of("Headers")),
        Arguments.of("header name too long", new EmailTemplate("s", "h", "t",
            List.of(new EmailTemplate.Header("X".repeat(127), "v")), null, null, null, Map.of()),
            List.of("Headers[0].Name")),
        Arguments.of("header without a name", new EmailTemplate("s", "h", "t",
            List.of(new EmailTemplate.Header(null, "v")), null, null, null, Map.of()),
            List.of("Headers[0].Name")),
        Arguments.of("push ADM allows 6,000", push(null, android(6_000)), List.of()),
        Arguments.of("push GCM allows 4,000 only", push(android(4_001), null), List.of("GCM")),
        Arguments.of("51 tags", new SmsTemplate("hi", null, null, null, tags(51)),
            List.of("tags")),
        Arguments.of("six in-app cards", inApp(6, card("b")), List.of("Content")),
        Arguments.of("in-app body without text colour", inApp(1, new InAppTemplate.Content(
            "#fff", new InAppTemplate.Text(InAppTemplate.Alignment.LEFT, "b", null), null, null,
            null, null)), List.of("Content[0].BodyConfig.TextColor")),
        Arguments.of("in-app button without action", inApp(1, new InAppTemplate.Content(
            "#fff", null, null, null, new InAppTemplate.Button(new InAppTemplate.DefaultButton(
                null, null, null, null, "OK", null), null, null, null), null)),
            List.of("Content[0].PrimaryBtn.DefaultConfig.ButtonAction")),
        Arguments.of("good in-app", inApp(5, card("b")), List.of()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("contents")
  void checksContent(String label, MessageTemplate template, List<String> expectedFields) {
    assertEquals(expectedFields, fields(TemplateValidator.validate("t", template)));
  }

  @Test
  void reportsEveryViolationAtOnce() {
    MessageTemplate bad = new SmsTemplate("x".repeat(2_000), "nope", null, null, Map.of());

    assertEquals(List.of("TemplateName", "DefaultSubstitutions", "Body"),
        fields(TemplateValidator.validate("bad name", bad)));
  }

  private static List<String> fields(List<Violation> violations) {
    return violations.stream().map(Violation::field).toList();
  }

  private static PushTemplate.AndroidPart android(int bodyLength) {
    return new PushTemplate.AndroidPart(
        null, "x".repeat(bodyLength), null, null, null, null, null, null, null);
  }

  private static PushTemplate push(PushTemplate.AndroidPart gcm, PushTemplate.AndroidPart adm) {
    return new PushTemplate(null, null, gcm, adm, null, null, null, null, Map.of());
  }

  private static Map<String, String> tags(int n) {
    Map<String, String> tags = new HashMap<>();
    IntStream.range(0, n).forEach(i -> tags.put("k" + i, "v"));
    return tags;
  }

  private static InAppTemplate.Content card(String body) {
    return new InAppTemplate.Content("#ffffff",
        new InAppTemplate.Text(InAppTemplate.Alignment.CENTER, body, "#000000"),
        new InAppTemplate.Text(InAppTemplate.Alignment.CENTER, "Header", "#000000"),
        null, null, null);
  }

  private static InAppTemplate inApp(int cards, InAppTemplate.Content content) {
    return new InAppTemplate(InAppTemplate.Layout.MIDDLE_BANNER,
        IntStream.range(0, cards).mapToObj(i -> content).toList(), Map.of(), null, Map.of());
  }
}
