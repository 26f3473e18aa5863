package dev.tern.model.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tern.model.common.BadRequestException;
import dev.tern.model.common.NotFoundException;
import java.util.List;
import org.junit.jupiter.api.Test;

class TemplateServiceTest {

  final TemplateService templates = new TemplateService(new InMemoryTemplateStore(Fixtures.CLOCK), "eu-west-1", "123456789012");

  @Test
  void arnNamesTheTemplateAndItsType() {
    assertEquals("arn:aws:mobiletargeting:eu-west-1:123456789012:templates/welcome/EMAIL",
        templates.arn("welcome", TemplateType.EMAIL));
  }

  @Test
  void versionsThroughTheWireParameters() {
    templates.create("welcome", EmailTemplate.of("Hi", "<p>1</p>", null));
    templates.update("welcome", EmailTemplate.of("Hi", "<p>2</p>", null), "true", null);
    templates.update("welcome", EmailTemplate.of("Hi", "<p>2b</p>", null), "", "2");

    assertEquals("<p>1</p>", ((EmailTemplate) templates.get("welcome", TemplateType.EMAIL, null).template()).htmlPart(),
        "new versions do not change the active one");
    templates.setActiveVersion("welcome", "email", "latest");
    assertEquals("<p>2b</p>", ((EmailTemplate) templates.get("welcome", TemplateType.EMAIL, "").template()).htmlPart());
    assertEquals(List.of("2", "1"),
        templates.versions("welcome", "EMAIL", null, null).items().stream().map(TemplateVersion::version).toList());
    templates.delete("welcome", TemplateType.EMAIL, "1");
    assertThrows(NotFoundException.class, () -> templates.get("welcome", TemplateType.EMAIL, "1"));
  }

  @Test
  void clientMistakesAreTypedExceptions() {
    templates.create("welcome", SmsTemplate.of("Hi"));
    assertThrows(BadRequestException.class, () -> templates.create("welcome", SmsTemplate.of("again")));
    assertThrows(BadRequestException.class, () -> templates.create("-bad name", SmsTemplate.of("x")));
    assertThrows(BadRequestException.class, () -> templates.create("long", SmsTemplate.of("x".repeat(1601))));
    assertThrows(BadRequestException.class, () -> templates.update("welcome", SmsTemplate.of("x"), "maybe", null));
    assertThrows(BadRequestException.class, () -> templates.update("welcome", SmsTemplate.of("x"), "true", "1"));
    assertThrows(BadRequestException.class, () -> templates.update("welcome", SmsTemplate.of("x"), null, "7"));
    assertThrows(BadRequestException.class, () -> templates.list(null, "FAX", null, null));
    assertThrows(BadRequestException.class, () -> templates.versions("welcome", "sms", "0", null));
    assertThrows(NotFoundException.class, () -> templates.get("welcome", TemplateType.EMAIL, null));
    var e = assertThrows(BadRequestException.class,
        () -> templates.create("defaults", SmsTemplate.of("x").withDefaultSubstitutions("[1]")));
    assertTrue(e.getMessage().startsWith("DefaultSubstitutions:"), e.getMessage());
  }

  @Test
  void listFiltersByPrefixAndTypeInAnyCase() {
    templates.create("welcome", SmsTemplate.of("Hi"));
    templates.create("welcome", EmailTemplate.of("Hi", "<p/>", null));
    templates.create("other", SmsTemplate.of("Hi"));
    var page = templates.list("wel", "sms", null, null);
    assertEquals(1, page.items().size());
    assertNull(page.nextToken());
    assertEquals(3, templates.list("", null, null, null).items().size());
  }

  @Test
  void namesThatBreakTheRuleAreNotFoundWithoutAskingTheStore() {
    String odd = "x".repeat(10_240);
    assertThrows(NotFoundException.class, () -> templates.get(odd, TemplateType.SMS, null));
    assertThrows(NotFoundException.class, () -> templates.delete("a/b", TemplateType.SMS, null));
    assertThrows(NotFoundException.class, () -> templates.versions(odd, "SMS", null, null));
    assertThrows(NotFoundException.class, () -> templates.setActiveVersion("..", "SMS", "1"));
    assertEquals(List.of(), templates.list(odd, null, null, null).items());
  }
}
