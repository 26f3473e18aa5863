package dev.tern.model.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Pinpoint's template version semantics, step by step, on the in-memory store. */
class InMemoryTemplateStoreTest {

  private final MutableClock clock = new MutableClock(Fixtures.NOW);
  private final InMemoryTemplateStore store = new InMemoryTemplateStore(clock);

  @Test
  void createMakesVersionOneActive() {
    TemplateVersion created = ok(store.create("welcome", SmsTemplate.of("v1")));

    assertEquals("1", created.version());
    assertEquals(Fixtures.NOW, created.creationDate());
    assertEquals("1", ok(store.get("welcome", TemplateType.SMS, null)).version());
  }

  @Test
  void createRejectsAnExistingNameOfTheSameType() {
    store.create("welcome", SmsTemplate.of("v1"));

    assertInstanceOf(StoreResult.Rejected.class, store.create("welcome", SmsTemplate.of("again")));
  }

  @Test
  void sameNameMayExistOncePerType() {
    store.create("welcome", SmsTemplate.of("sms"));

    assertInstanceOf(StoreResult.Ok.class, store.create("welcome", EmailTemplate.of("s", "h", "t")));
    assertEquals("sms", body(store.get("welcome", TemplateType.SMS, null)));
  }

  @Test
  void updateWithoutParametersOverwritesTheLatestVersion() {
    store.create("welcome", SmsTemplate.of("v1"));
    clock.advance(Duration.ofMinutes(5));

    TemplateVersion updated = ok(store.update("welcome", SmsTemplate.of("v1 fixed"), false, null));

    assertEquals("1", updated.version());
    assertEquals(Fixtures.NOW, updated.creationDate());
    assertEquals(Fixtures.NOW.plus(Duration.ofMinutes(5)), updated.lastModifiedDate());
    assertEquals("v1 fixed", body(store.get("welcome", TemplateType.SMS, "1")));
    assertEquals(1, listed(store.listVersions("welcome", TemplateType.SMS, 10, null)).items().size());
  }

  @Test
  void createNewVersionAddsAVersionAndKeepsTheActiveOne() {
    store.create("welcome", SmsTemplate.of("v1"));

    TemplateVersion v2 = ok(store.update("welcome", SmsTemplate.of("v2"), true, null));

    assertEquals("2", v2.version());
    assertEquals("v1", body(store.get("welcome", TemplateType.SMS, null)));
    assertEquals("v2", body(store.latest("welcome", TemplateType.SMS)));
    assertEquals("v2", body(store.get("welcome", TemplateType.SMS, "2")));
  }

  @Test
  void createNewVersionWithAVersionIsRejected() {
    store.create("welcome", SmsTemplate.of("v1"));

    StoreResult result = store.update("welcome", SmsTemplate.of("v2"), true, "1");

    assertEquals("version", assertInstanceOf(StoreResult.Rejected.class, result).field());
  }

  @Test
  void updateWithAVersionMustNameTheLatest() {
    store.create("welcome", SmsTemplate.of("v1"));
    store.update("welcome", SmsTemplate.of("v2"), true, null);

    assertInstanceOf(StoreResult.Rejected.class,
        store.update("welcome", SmsTemplate.of("stale edit"), false, "1"));
    assertEquals("2", ok(store.update("welcome", SmsTemplate.of("v2b"), false, "2")).version());
    assertEquals("v1", body(store.get("welcome", TemplateType.SMS, "1")));
  }

  @Test
  void updateOfAMissingTemplateIsNotFound() {
    assertInstanceOf(StoreResult.NotFound.class,
        store.update("nope", SmsTemplate.of("x"), false, null));
  }

  @Test
  void updateKeepsTheTagsGivenAtCreate() {
    store.create("welcome", new SmsTemplate("v1", null, null, null, Map.of("team", "growth")));

    TemplateVersion v2 = ok(store.update("welcome",
        new SmsTemplate("v2", null, null, null, Map.of("team", "other")), true, null));

    assertEquals(Map.of("team", "growth"), v2.template().tags());
  }

  @Test
  void setActiveVersionByIdAndLatest() {
    store.create("welcome", SmsTemplate.of("v1"));
    store.update("welcome", SmsTemplate.of("v2"), true, null);
    store.update("welcome", SmsTemplate.of("v3"), true, null);

    ok(store.setActiveVersion("welcome", TemplateType.SMS, "2"));
    assertEquals("v2", body(store.get("welcome", TemplateType.SMS, null)));

    ok(store.setActiveVersion("welcome", TemplateType.SMS, "latest"));
    assertEquals("v3", body(store.get("welcome", TemplateType.SMS, null)));
  }

  @Test
  void setActiveVersionRejectsUnknownOrMalformedVersions() {
    store.create("welcome", SmsTemplate.of("v1"));

    assertInstanceOf(StoreResult.NotFound.class,
        store.setActiveVersion("welcome", TemplateType.SMS, "7"));
    assertInstanceOf(StoreResult.Rejected.class,
        store.setActiveVersion("welcome", TemplateType.SMS, "newest"));
    assertInstanceOf(StoreResult.NotFound.class,
        store.setActiveVersion("nope", TemplateType.SMS, "1"));
  }

  @Test
  void getOfAnUnknownVersionIsNotFoundAndOfGarbageIsRejected() {
    store.create("welcome", SmsTemplate.of("v1"));

    assertInstanceOf(StoreResult.NotFound.class, store.get("welcome", TemplateType.SMS, "2"));
    assertInstanceOf(StoreResult.Rejected.class, store.get("welcome", TemplateType.SMS, "0"));
    assertInstanceOf(StoreResult.Rejected.class, store.get("welcome", TemplateType.SMS, "v1"));
    assertInstanceOf(StoreResult.NotFound.class, store.get("welcome", TemplateType.EMAIL, null));
  }

  @Test
  void deletingTheTopVersionNeverReusesItsNumber() {
    store.create("welcome", SmsTemplate.of("v1"));
    store.update("welcome", SmsTemplate.of("v2"), true, null);

    assertInstanceOf(StoreResult.Deleted.class, store.delete("welcome", TemplateType.SMS, "2"));
    assertEquals("1", ok(store.latest("welcome", TemplateType.SMS)).version());

    assertEquals("3", ok(store.update("welcome", SmsTemplate.of("v3"), true, null)).version());
  }

  @Test
  void deletingTheActiveVersionIsRejectedWhileOthersExist() {
    store.create("welcome", SmsTemplate.of("v1"));
    store.update("welcome", SmsTemplate.of("v2"), true, null);

    assertInstanceOf(StoreResult.Rejected.class, store.delete("welcome", TemplateType.SMS, "1"));

    store.setActiveVersion("welcome", TemplateType.SMS, "2");
    assertInstanceOf(StoreResult.Deleted.class, store.delete("welcome", TemplateType.SMS, "1"));
    assertEquals("v2", body(store.get("welcome", TemplateType.SMS, null)));
  }

  @Test
  void deletingTheOnlyVersionDeletesTheTemplate() {
    store.create("welcome", SmsTemplate.of("v1"));

    store.delete("welcome", TemplateType.SMS, "1");

    assertInstanceOf(StoreResult.NotFound.class, store.get("welcome", TemplateType.SMS, null));
    assertInstanceOf(StoreResult.Ok.class, store.create("welcome", SmsTemplate.of("again")));
  }

  @Test
  void deleteWithoutVersionRemovesEveryVersion() {
    store.create("welcome", SmsTemplate.of("v1"));
    store.update("welcome", SmsTemplate.of("v2"), true, null);

    StoreResult result = store.delete("welcome", TemplateType.SMS, null);

    assertEquals(new StoreResult.Deleted("welcome", TemplateType.SMS, null), result);
    assertInstanceOf(StoreResult.NotFound.class,
        store.listVersions("welcome", TemplateType.SMS, 10, null));
    assertInstanceOf(StoreResult.NotFound.class, store.delete("welcome", TemplateType.SMS, null));
  }

  @Test
  void keepsAtMostFiveThousandVersions() {
    store.create("welcome", SmsTemplate.of("v1"));
    for (int i = 2; i <= 5_000; i++) {
      ok(store.update("welcome", SmsTemplate.of("v" + i), true, null));
    }

    StoreResult result = store.update("welcome", SmsTemplate.of("one too many"), true, null);

    assertEquals("create-new-version",
        assertInstanceOf(StoreResult.Rejected.class, result).field());
    assertEquals("v5000", body(store.latest("welcome", TemplateType.SMS)));
  }

  @Test
  void listVersionsPagesNewestFirst() {
    store.create("welcome", SmsTemplate.of("v1"));
    store.update("welcome", SmsTemplate.of("v2"), true, null);
    store.update("welcome", SmsTemplate.of("v3"), true, null);

    StoreResult.Listed first = listed(store.listVersions("welcome", TemplateType.SMS, 2, null));
    StoreResult.Listed second =
        listed(store.listVersions("welcome", TemplateType.SMS, 2, first.nextToken()));

    assertEquals(List.of("3", "2"), versions(first));
    assertEquals(List.of("1"), versions(second));
    assertNull(second.nextToken());
  }

  @Test
  void listFiltersByPrefixAndTypeAndShowsActiveVersions() {
    store.create("promo-a", SmsTemplate.of("a"));
    store.update("promo-a", SmsTemplate.of("a2"), true, null);
    store.create("promo-b", EmailTemplate.of("s", "h", "t"));
    store.create("promo-c", SmsTemplate.of("c"));
    store.create("welcome", SmsTemplate.of("w"));

    StoreResult.Listed sms = listed(store.list("promo", TemplateType.SMS, 10, null));

    assertEquals(List.of("promo-a", "promo-c"), names(sms));
    assertEquals("1", sms.items().get(0).version());
    assertEquals(List.of("promo-a", "promo-b", "promo-c"),
        names(listed(store.list("promo", null, 10, null))));
    assertEquals(4, listed(store.list(null, null, 10, null)).items().size());
  }

  @Test
  void listPagesWithATokenThatSurvivesDeletes() {
    for (String name : List.of("a", "b", "c", "d", "e")) {
      store.create(name, SmsTemplate.of(name));
    }

    StoreResult.Listed first = listed(store.list(null, null, 2, null));
    store.delete("a", TemplateType.SMS, null);
    StoreResult.Listed second = listed(store.list(null, null, 2, first.nextToken()));
    StoreResult.Listed third = listed(store.list(null, null, 2, second.nextToken()));

    assertEquals(List.of("a", "b"), names(first));
    assertEquals(List.of("c", "d"), names(second));
    assertEquals(List.of("e"), names(third));
    assertNull(third.nextToken());
  }

  @Test
  void listRejectsForeignTokensAndBadPageSizes() {
    assertInstanceOf(StoreResult.Rejected.class, store.list(null, null, 10, "%%%"));
    assertInstanceOf(StoreResult.Rejected.class, store.list(null, null, 0, null));
  }

  private static TemplateVersion ok(StoreResult result) {
    return assertInstanceOf(StoreResult.Ok.class, result).version();
  }

  private static StoreResult.Listed listed(StoreResult result) {
    return assertInstanceOf(StoreResult.Listed.class, result);
  }

  private static String body(StoreResult result) {
    return ((SmsTemplate) ok(result).template()).body();
  }

  private static List<String> versions(StoreResult.Listed listed) {
    return listed.items().stream().map(TemplateVersion::version).toList();
  }

  private static List<String> names(StoreResult.Listed listed) {
    return listed.items().stream().map(TemplateVersion::name).toList();
  }

  /** A clock tests can move forward. */
  private static final class MutableClock extends Clock {
    private Instant now;

    MutableClock(Instant now) {
      this.now = now;
    }

    void advance(Duration d) {
      now = now.plus(d);
    }

    @Override
    public ZoneId getZone() {
      return ZoneId.of("UTC");
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
