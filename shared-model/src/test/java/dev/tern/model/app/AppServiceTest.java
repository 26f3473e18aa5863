package dev.tern.model.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tern.model.common.BadRequestException;
import dev.tern.model.common.NotFoundException;
import dev.tern.model.common.Page;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class AppServiceTest {

  static final Instant T0 = Instant.parse("2026-11-26T10:00:00.123Z");

  final InMemoryAppStore store = new InMemoryAppStore();
  final MutableClock clock = new MutableClock(T0);
  final AtomicInteger counter = new AtomicInteger();
  final AppService service =
      new AppService(store, clock, () -> String.format("%032x", counter.incrementAndGet()), "eu-west-1", "123456789012");

  @Test
  void createsAnAppWithIdArnTagsAndCreationDate() {
    App app = service.create("Shop", Map.of("team", "growth"));

    assertEquals("00000000000000000000000000000001", app.id());
    assertEquals("arn:aws:mobiletargeting:eu-west-1:123456789012:apps/00000000000000000000000000000001", app.arn());
    assertEquals("Shop", app.name());
    assertEquals(Map.of("team", "growth"), app.tags());
    assertEquals(T0, app.creationDate());
    assertEquals(app, service.get(app.id()));
  }

  @Test
  void createWithoutTagsHasAnEmptyTagMap() {
    assertEquals(Map.of(), service.create("Shop", null).tags());
  }

  @Test
  void rejectsMissingOrBlankNameAndStoresNothing() {
    for (String name : new String[] {null, "", "   "}) {
      BadRequestException e = assertThrows(BadRequestException.class, () -> service.create(name, Map.of()));
      assertTrue(e.getMessage().contains("Name"), e.getMessage());
    }
    assertEquals(List.of(), service.list(10, null).items());
  }

  @Test
  void rejectsANameLongerThanTheLimitAndStoresNothing() {
    String longest = "n".repeat(AppService.MAX_NAME_LENGTH);
    assertEquals(longest, service.create(longest, Map.of()).name());
    BadRequestException e =
        assertThrows(BadRequestException.class, () -> service.create(longest + "n", Map.of()));
    assertTrue(e.getMessage().startsWith("Name:"), e.getMessage());
    assertEquals(1, service.list(10, null).items().size());
  }

  @Test
  void rejectsInvalidTagsAndStoresNothing() {
    assertThrows(BadRequestException.class, () -> service.create("Shop", Map.of("aws:x", "1")));
    assertEquals(List.of(), service.list(10, null).items());
  }

  @Test
  void getUnknownAppIsNotFound() {
    assertThrows(NotFoundException.class, () -> service.get("ffffffffffffffffffffffffffffffff"));
  }

  @Test
  void idsOfAnotherShapeAreNotFoundWithoutAStoreCall() {
    App app = service.create("Shop", null);
    assertThrows(NotFoundException.class, () -> service.get("0123456789ABCDEF0123456789ABCDEF"));
    assertThrows(NotFoundException.class, () -> service.delete("x".repeat(5000)));
    assertEquals(app, service.get(app.id()));
  }

  @Test
  void listsAcrossThreePagesWithTokens() {
    for (int i = 0; i < 7; i++) {
      service.create("app" + i, null);
    }
    List<String> names = new ArrayList<>();
    String token = null;
    int pages = 0;
    do {
      Page<App> page = service.list(3, token);
      page.items().forEach(a -> names.add(a.name()));
      token = page.nextToken();
      pages++;
    } while (token != null);

    assertEquals(3, pages);
    assertEquals(List.of("app0", "app1", "app2", "app3", "app4", "app5", "app6"), names);
  }

  @Test
  void lastFullPageHasNoToken() {
    for (int i = 0; i < 3; i++) {
      service.create("app" + i, null);
    }
    assertNull(service.list(3, null).nextToken());
  }

  @Test
  void aForeignTokenIsABadRequest() {
    assertThrows(BadRequestException.class, () -> service.list(3, "not-a-token!"));
  }

  @Test
  void deleteReturnsTheAppAndRemovesItsSettings() {
    App app = service.create("Shop", null);
    service.updateSettings(app.id(), new AppSettingsUpdate(null, new CampaignLimits(5, null, null, null, null), null, null, null, null));

    assertEquals(app, service.delete(app.id()));
    assertThrows(NotFoundException.class, () -> service.get(app.id()));
    assertTrue(store.findSettings(app.id()).isEmpty());
    assertThrows(NotFoundException.class, () -> service.delete(app.id()));
  }

  @Test
  void settingsDefaultToEmptyMembersModifiedAtCreation() {
    App app = service.create("Shop", null);
    clock.advance(Duration.ofHours(1));

    AppSettings settings = service.getSettings(app.id());

    assertEquals(AppSettings.defaults(T0), settings);
    assertEquals(CampaignHook.empty(), settings.campaignHook());
    assertNull(settings.journeyLimits());
  }

  @Test
  void updateMergesMembersAndStampsLastModified() {
    App app = service.create("Shop", null);
    CampaignHook hook = new CampaignHook("arn:aws:lambda:eu-west-1:123456789012:function:f", CampaignHook.Mode.FILTER, null);
    service.updateSettings(app.id(), new AppSettingsUpdate(hook, null, null, null, true, null));
    clock.advance(Duration.ofMinutes(5));

    AppSettings after = service.updateSettings(app.id(),
        new AppSettingsUpdate(null, new CampaignLimits(10, 60, 100, 20, 0), new QuietTime("07:00", "22:00"), null, null, null));

    assertEquals(hook, after.campaignHook(), "members absent from the update keep their value");
    assertEquals(new CampaignLimits(10, 60, 100, 20, 0), after.limits());
    assertEquals(new QuietTime("07:00", "22:00"), after.quietTime());
    assertEquals(true, after.cloudWatchMetricsEnabled());
    assertEquals(T0.plus(Duration.ofMinutes(5)), after.lastModifiedDate());
    assertEquals(after, service.getSettings(app.id()));
  }

  @Test
  void invalidUpdateWritesNothing() {
    App app = service.create("Shop", null);
    AppSettingsUpdate bad = new AppSettingsUpdate(CampaignHook.empty(), new CampaignLimits(101, null, null, null, null), null, null, null, null);

    BadRequestException e = assertThrows(BadRequestException.class, () -> service.updateSettings(app.id(), bad));

    assertTrue(e.getMessage().contains("Limits.Daily"), e.getMessage());
    assertTrue(store.findSettings(app.id()).isEmpty());
  }

  @Test
  void settingsOfUnknownAppAreNotFound() {
    String id = "ffffffffffffffffffffffffffffffff";
    assertThrows(NotFoundException.class, () -> service.getSettings(id));
    assertThrows(NotFoundException.class,
        () -> service.updateSettings(id, new AppSettingsUpdate(null, null, null, null, null, null)));
    assertTrue(store.findSettings(id).isEmpty());
  }

  @Test
  void missingUpdateBodyIsABadRequest() {
    App app = service.create("Shop", null);
    assertThrows(BadRequestException.class, () -> service.updateSettings(app.id(), null));
  }

  /** A clock tests can move forward. */
  static final class MutableClock extends Clock {
    private Instant now;

    MutableClock(Instant now) {
      this.now = now;
    }

    void advance(Duration d) {
      now = now.plus(d);
    }

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
