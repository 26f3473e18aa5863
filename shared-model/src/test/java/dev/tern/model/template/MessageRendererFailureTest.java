package dev.tern.model.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Broken templates and bad values are typed failures; compilation happens once per version. */
class MessageRendererFailureTest {

  private final MessageRenderer renderer = new MessageRenderer(Fixtures.CLOCK);

  static Stream<Arguments> broken() {
    return Stream.of(
        Arguments.of("unclosed block", "{{#if Id}}never closed", "if"),
        Arguments.of("unbalanced braces", "Hello {{User.UserId", ""),
        Arguments.of("unknown helper", "{{shout Id}}", "shout"),
        Arguments.of("partial that is not inline", "{{> header}}", "header"),
        Arguments.of("helper that reads resources", "{{embedded \"x\"}}", "embedded"),
        Arguments.of("math on text", "{{add Location.City 1}}", "not a number"),
        Arguments.of("division by zero", "{{divide 1 0}}", "division by zero"),
        Arguments.of("date not matching its inputFormat",
            "{{dateFormat Location.City inputFormat=\"MM/dd/yyyy\"}}", "inputFormat"),
        Arguments.of("unknown time zone", "{{now tz=\"Mars/Olympus\"}}", "Mars/Olympus"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("broken")
  void reportsFailureNamingThePart(String name, String body, String reasonContains) {
    RenderResult result =
        renderer.render(Fixtures.sms(body), Fixtures.endpoint(), Substitutions.NONE);

    RenderResult.Failed failed = assertInstanceOf(RenderResult.Failed.class, result);
    assertEquals("t", failed.templateName());
    assertEquals("1", failed.version());
    assertEquals("Body", failed.part());
    assertTrue(failed.reason().contains(reasonContains), failed.reason());
  }

  @Test
  void failsOnTheBrokenPartOfAnEmail() {
    TemplateVersion version =
        Fixtures.version(EmailTemplate.of("Fine {{Id}}", "<p>{{#each}}</p>", "fine"));

    RenderResult result = renderer.render(version, Fixtures.endpoint(), Substitutions.NONE);

    assertEquals("HtmlPart", assertInstanceOf(RenderResult.Failed.class, result).part());
  }

  @Test
  void checkReportsACompileErrorWithoutRendering() {
    assertEquals("Body", renderer.check(Fixtures.sms("{{#if x}}")).orElseThrow().part());
    assertEquals(java.util.Optional.empty(), renderer.check(Fixtures.sms("{{#if x}}ok{{/if}}")));
  }

  @Test
  void renderingUnknownPartFails() {
    RenderResult result = renderer.renderPart(
        Fixtures.sms("hi"), "HtmlPart", Fixtures.endpoint(), Substitutions.NONE);

    assertInstanceOf(RenderResult.Failed.class, result);
  }

  @Test
  void inAppTemplatesRenderNothing() {
    TemplateVersion version = Fixtures.version(new InAppTemplate(
        InAppTemplate.Layout.TOP_BANNER, java.util.List.of(), Map.of(), null, Map.of()));

    assertEquals(new RenderResult.Rendered(Map.of()),
        renderer.render(version, Fixtures.endpoint(), Substitutions.NONE));
  }

  @Test
  void compilesEachPartOnceForTenThousandRecipients() {
    TemplateVersion version = Fixtures.version(EmailTemplate.of(
        "Hi {{User.UserAttributes.FirstName}}", "<p>{{Id}}</p>", "{{Id}}"));

    for (int i = 0; i < 10_000; i++) {
      Map<String, Object> endpoint = Map.of("Id", "ep-" + i);
      RenderResult result = renderer.render(version, endpoint, Substitutions.NONE);
      assertEquals("ep-" + i, ((RenderResult.Rendered) result).part("TextPart"));
    }

    assertEquals(3, renderer.compilations());
  }

  @Test
  void compilesABrokenTemplateOnlyOnce() {
    TemplateVersion version = Fixtures.sms("{{#if Id}}");

    for (int i = 0; i < 100; i++) {
      renderer.render(version, Fixtures.endpoint(), Substitutions.NONE);
    }

    assertEquals(1, renderer.compilations());
  }

  @Test
  void recompilesWhenTheSameVersionIsOverwritten() {
    TemplateVersion before = Fixtures.sms("old {{Id}}");
    TemplateVersion after = Fixtures.sms("new {{Id}}");

    renderer.render(before, Fixtures.endpoint(), Substitutions.NONE);
    RenderResult result = renderer.render(after, Fixtures.endpoint(), Substitutions.NONE);

    assertEquals(new RenderResult.Rendered(Map.of("Body", "new ep-1")), result);
    assertEquals(2, renderer.compilations());
  }

  @Test
  void keepsDifferentVersionsApart() {
    TemplateVersion v1 = new TemplateVersion("t", "1", Fixtures.NOW, Fixtures.NOW,
        SmsTemplate.of("one"));
    TemplateVersion v2 = new TemplateVersion("t", "2", Fixtures.NOW, Fixtures.NOW,
        SmsTemplate.of("two"));

    for (int i = 0; i < 3; i++) {
      assertEquals("one", ((RenderResult.Rendered) renderer.render(v1, Map.of(),
          Substitutions.NONE)).part("Body"));
      assertEquals("two", ((RenderResult.Rendered) renderer.render(v2, Map.of(),
          Substitutions.NONE)).part("Body"));
    }
    assertEquals(2, renderer.compilations());
  }
}
