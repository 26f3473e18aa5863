package dev.tern.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tern.model.template.EmailTemplate;
import dev.tern.model.template.InAppTemplate;
import dev.tern.model.template.MessageTemplate;
import dev.tern.model.template.PushTemplate;
import dev.tern.model.template.SmsTemplate;
import dev.tern.model.template.VoiceTemplate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class RecordAttributesTest {

  static final List<MessageTemplate> EVERY_TYPE = List.of(
      new EmailTemplate("Hi {{User.UserAttributes.FirstName}}", "<p>" + "x".repeat(5000) + "</p>", "text",
          List.of(new EmailTemplate.Header("X-Tag", "a")), "{\"A\":\"b\"}", "rec", "desc", Map.of("team", "growth")),
      new SmsTemplate("Hi", null, null, "d", Map.of()),
      new VoiceTemplate("Hello", "en-US", "Joanna", null, null, Map.of()),
      new PushTemplate(new PushTemplate.DefaultPart(PushTemplate.Action.URL, "b", null, "t", "https://x"),
          new PushTemplate.ApnsPart(null, "apns", null, null, "default", null, null),
          new PushTemplate.AndroidPart(PushTemplate.Action.OPEN_APP, "gcm", null, null, null, null, null, "t", null),
          null, null, null, null, null, Map.of()),
      new InAppTemplate(InAppTemplate.Layout.CAROUSEL, List.of(new InAppTemplate.Content("#fff",
          new InAppTemplate.Text(InAppTemplate.Alignment.LEFT, "body", "#000"), null, null,
          new InAppTemplate.Button(new InAppTemplate.DefaultButton("#00f", 4, InAppTemplate.ButtonAction.LINK, "https://x",
              "Go", "#fff"), null, new InAppTemplate.OverrideButton(InAppTemplate.ButtonAction.CLOSE, null), null), null)),
          Map.of("k", "v"), null, Map.of()));

  @Test
  void everyTemplateTypeRoundTrips() {
    for (MessageTemplate t : EVERY_TYPE) {
      AttributeValue value = RecordAttributes.toAttribute((Record) t);
      assertEquals(t, RecordAttributes.fromAttribute(((Record) t).getClass(), value), t.type().name());
    }
  }

  @Test
  void longTextIsStoredCompressedAndNullsAreAbsent() {
    AttributeValue value = RecordAttributes.toAttribute((Record) EVERY_TYPE.get(0));
    assertNotNull(value.m().get("htmlPart").b());
    assertTrue(value.m().get("htmlPart").b().asByteArray().length < 1000);
    assertEquals("text", value.m().get("textPart").s());
    assertTrue(!RecordAttributes.toAttribute((Record) EVERY_TYPE.get(1)).m().containsKey("defaultSubstitutions"));
  }
}
