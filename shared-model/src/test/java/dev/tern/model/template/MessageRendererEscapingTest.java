package dev.tern.model.template;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** HTML escaping happens in the email HtmlPart only; text parts carry values verbatim. */
class MessageRendererEscapingTest {

  private static final Map<String, Object> ENDPOINT = Map.of(
      "Attributes", Map.of("Company", List.of("Tom & Jerry <Ltd> \"quoted\" 'single'")));

  private final MessageRenderer renderer = new MessageRenderer(Fixtures.CLOCK);

  @Test
  void escapesDoubleBracesInHtmlPart() {
    RenderResult result = renderer.renderPart(email(), "HtmlPart", ENDPOINT, Substitutions.NONE);

    assertEquals(rendered("HtmlPart",
        "<p>Tom &amp; Jerry &lt;Ltd&gt; &quot;quoted&quot; &#x27;single&#x27;</p>"), result);
  }

  @Test
  void tripleBracesSkipEscapingInHtmlPart() {
    TemplateVersion version = Fixtures.version(
        EmailTemplate.of("s", "<p>{{{Attributes.Company}}}</p>", null));

    RenderResult result = renderer.renderPart(version, "HtmlPart", ENDPOINT, Substitutions.NONE);

    assertEquals(rendered("HtmlPart", "<p>Tom & Jerry <Ltd> \"quoted\" 'single'</p>"), result);
  }

  @Test
  void leavesSubjectAndTextPartUnescaped() {
    RenderResult result = renderer.render(email(), ENDPOINT, Substitutions.NONE);

    RenderResult.Rendered parts = (RenderResult.Rendered) result;
    assertEquals("Hi Tom & Jerry <Ltd> \"quoted\" 'single'", parts.part("Subject"));
    assertEquals("Dear Tom & Jerry <Ltd> \"quoted\" 'single'", parts.part("TextPart"));
  }

  @Test
  void leavesSmsBodyUnescaped() {
    RenderResult result = renderer.render(
        Fixtures.sms("{{Attributes.Company}}"), ENDPOINT, Substitutions.NONE);

    assertEquals(rendered("Body", "Tom & Jerry <Ltd> \"quoted\" 'single'"), result);
  }

  @Test
  void leavesVoiceAndPushTextUnescaped() {
    TemplateVersion voice = Fixtures.version(VoiceTemplate.of("{{Attributes.Company}}"));
    TemplateVersion push = Fixtures.version(PushTemplate.of("{{Attributes.Company}}", "x&y"));

    assertEquals(rendered("Body", "Tom & Jerry <Ltd> \"quoted\" 'single'"),
        renderer.render(voice, ENDPOINT, Substitutions.NONE));
    assertEquals(new RenderResult.Rendered(Map.of(
            "Default.Title", "Tom & Jerry <Ltd> \"quoted\" 'single'", "Default.Body", "x&y")),
        renderer.render(push, ENDPOINT, Substitutions.NONE));
  }

  @Test
  void helperOutputIsEscapedInHtmlToo() {
    TemplateVersion version = Fixtures.version(
        EmailTemplate.of(null, "{{upper Attributes.Company.[0]}}", null));

    RenderResult result = renderer.renderPart(version, "HtmlPart", ENDPOINT, Substitutions.NONE);

    assertEquals(rendered("HtmlPart",
        "TOM &amp; JERRY &lt;LTD&gt; &quot;QUOTED&quot; &#x27;SINGLE&#x27;"), result);
  }

  private static TemplateVersion email() {
    return Fixtures.version(EmailTemplate.of("Hi {{Attributes.Company}}",
        "<p>{{Attributes.Company}}</p>", "Dear {{Attributes.Company}}"));
  }

  private static RenderResult rendered(String part, String text) {
    return new RenderResult.Rendered(Map.of(part, text));
  }
}
