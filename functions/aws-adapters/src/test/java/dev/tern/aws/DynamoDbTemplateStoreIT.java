package dev.tern.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tern.model.common.Ids;
import dev.tern.model.template.EmailTemplate;
import dev.tern.model.template.MessageTemplate;
import dev.tern.model.template.SmsTemplate;
import dev.tern.model.template.StoreResult;
import dev.tern.model.template.TemplateType;
import dev.tern.model.template.TemplateVersion;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@link DynamoDbTemplateStore} against moto, following the rules of InMemoryTemplateStore (the
 * reference): versions, active version, optimistic {@code version}, deletes, listings.
 */
class DynamoDbTemplateStoreIT {

  static MotoDynamoDb moto;
  static DynamoDbTemplateStore store;

  @BeforeAll
  static void startMoto() throws Exception {
    moto = MotoDynamoDb.start();
    moto.createTable("TemplatesTable-it", "TemplateKey", "Sort");
    store = new DynamoDbTemplateStore(moto.dynamo, "TemplatesTable-it",
        Clock.fixed(Instant.parse("2026-11-26T10:00:00Z"), ZoneOffset.UTC));
  }

  @AfterAll
  static void stopMoto() {
    if (moto != null) {
      moto.close();
    }
  }

  static TemplateVersion ok(StoreResult r) {
    return assertInstanceOf(StoreResult.Ok.class, r, r.toString()).version();
  }

  static String html(StoreResult r) {
    return ((EmailTemplate) ok(r).template()).htmlPart();
  }

  @Test
  void versionRulesAgainstTheEmulator() {
    String name = "t" + Ids.newId();
    MessageTemplate v1 = RecordAttributesTest.EVERY_TYPE.get(0);
    assertEquals(v1, ok(store.create(name, v1)).template());
    assertInstanceOf(StoreResult.Rejected.class, store.create(name, v1), "exists");

    ok(store.update(name, EmailTemplate.of("s", "two", null), true, null));
    ok(store.update(name, EmailTemplate.of("s", "three", null), true, null));
    ok(store.update(name, EmailTemplate.of("s", "three-b", null), false, "3"));
    assertInstanceOf(StoreResult.Rejected.class, store.update(name, EmailTemplate.of("s", "x", null), false, "2"));
    assertEquals(v1, ok(store.get(name, TemplateType.EMAIL, null)).template(), "active stays 1");
    assertEquals("three-b", html(store.latest(name, TemplateType.EMAIL)));
    assertEquals(v1.tags(), ok(store.latest(name, TemplateType.EMAIL)).template().tags(), "tags kept from create");

    var versions = assertInstanceOf(StoreResult.Listed.class, store.listVersions(name, TemplateType.EMAIL, 2, null));
    assertEquals(List.of("3", "2"), versions.items().stream().map(TemplateVersion::version).toList());
    var rest = assertInstanceOf(StoreResult.Listed.class,
        store.listVersions(name, TemplateType.EMAIL, 2, versions.nextToken()));
    assertEquals(List.of("1"), rest.items().stream().map(TemplateVersion::version).toList());

    assertInstanceOf(StoreResult.Rejected.class, store.delete(name, TemplateType.EMAIL, "1"), "active");
    ok(store.setActiveVersion(name, TemplateType.EMAIL, "latest"));
    assertEquals("three-b", html(store.get(name, TemplateType.EMAIL, null)));
    assertInstanceOf(StoreResult.Deleted.class, store.delete(name, TemplateType.EMAIL, "2"));
    assertInstanceOf(StoreResult.NotFound.class, store.get(name, TemplateType.EMAIL, "2"));
    ok(store.setActiveVersion(name, TemplateType.EMAIL, "1"));
    assertInstanceOf(StoreResult.Deleted.class, store.delete(name, TemplateType.EMAIL, "3"));
    assertEquals("1", ok(store.latest(name, TemplateType.EMAIL)).version(), "the latest falls back");
    assertEquals("4", ok(store.update(name, EmailTemplate.of("s", "four", null), true, null)).version(),
        "numbers are never reused");

    assertInstanceOf(StoreResult.Deleted.class, store.delete(name, TemplateType.EMAIL, null));
    assertInstanceOf(StoreResult.NotFound.class, store.get(name, TemplateType.EMAIL, null));
    assertInstanceOf(StoreResult.NotFound.class, store.get(name, TemplateType.EMAIL, "1"));
  }

  @Test
  void listPagesByPrefixAndType() {
    String prefix = "p" + Ids.newId().substring(0, 8);
    List<String> names = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      names.add(prefix + "-" + i);
      ok(store.create(prefix + "-" + i, SmsTemplate.of("hi")));
      ok(store.create(prefix + "-" + i, EmailTemplate.of("s", "h", null)));
    }
    List<String> seen = new ArrayList<>();
    String token = null;
    do {
      var page = assertInstanceOf(StoreResult.Listed.class, store.list(prefix, TemplateType.SMS, 2, token));
      assertTrue(page.items().size() <= 2);
      page.items().forEach(v -> {
        assertEquals(TemplateType.SMS, v.type());
        seen.add(v.name());
      });
      token = page.nextToken();
    } while (token != null);
    assertEquals(names, seen);
    var all = assertInstanceOf(StoreResult.Listed.class, store.list(prefix, null, 100, null));
    assertEquals(10, all.items().size());
    assertNull(all.nextToken());
  }
}
