package dev.tern.model.tag;

import static dev.tern.model.tag.ResourceArnTest.ACCOUNT;
import static dev.tern.model.tag.ResourceArnTest.APP;
import static dev.tern.model.tag.ResourceArnTest.BASE;
import static dev.tern.model.tag.ResourceArnTest.ID;
import static dev.tern.model.tag.ResourceArnTest.REGION;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tern.model.app.App;
import dev.tern.model.app.AppSettings;
import dev.tern.model.app.AppStore;
import dev.tern.model.app.InMemoryAppStore;
import dev.tern.model.campaign.Campaign;
import dev.tern.model.campaign.CampaignDefinition;
import dev.tern.model.campaign.CampaignState;
import dev.tern.model.campaign.EmailContent;
import dev.tern.model.campaign.InMemoryCampaignStore;
import dev.tern.model.campaign.Schedule;
import dev.tern.model.campaign.StartTime;
import dev.tern.model.common.BadRequestException;
import dev.tern.model.common.ConflictException;
import dev.tern.model.common.NotFoundException;
import dev.tern.model.common.Page;
import dev.tern.model.journey.InMemoryJourneyStore;
import dev.tern.model.journey.Journey;
import dev.tern.model.journey.JourneyDefinition;
import dev.tern.model.journey.JourneyState;
import dev.tern.model.segment.InMemorySegmentStore;
import dev.tern.model.segment.Segment;
import dev.tern.model.segment.SegmentDefinition;
import dev.tern.model.segment.SegmentDimensions;
import dev.tern.model.template.InMemoryTemplateStore;
import dev.tern.model.template.SmsTemplate;
import dev.tern.model.template.StoreResult;
import dev.tern.model.template.TemplateType;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class TagServiceTest {

  static final String MISSING = "99999999999999999999999999999999";
  static final Instant T0 = Instant.parse("2026-11-27T03:00:00Z");

  final InMemoryAppStore apps = new InMemoryAppStore();
  final InMemoryCampaignStore campaigns = new InMemoryCampaignStore();
  final InMemorySegmentStore segments = new InMemorySegmentStore();
  final InMemoryJourneyStore journeys = new InMemoryJourneyStore();
  final InMemoryTemplateStore templates = new InMemoryTemplateStore(Clock.fixed(T0, ZoneOffset.UTC));

  TagService service() {
    return service(apps);
  }

  TagService service(AppStore appStore) {
    return new TagService(appStore, campaigns, segments, journeys, templates, REGION, ACCOUNT);
  }

  String app(Map<String, String> tags) {
    apps.create(new App(APP, BASE + "apps/" + APP, "Shop", tags, T0));
    return BASE + "apps/" + APP;
  }

  static Campaign campaign(int version, Map<String, String> tags) {
    CampaignDefinition d = new CampaignDefinition("c", null, ID, null,
        new Schedule.Once(new StartTime.Immediate(), null),
        new EmailContent.Template("welcome", null, "shop@example.com"), null, false, null, null, tags);
    return new Campaign(APP, ID, version, d, CampaignState.SCHEDULED, T0, T0);
  }

  @Test
  void tagAddsToTheCreationTagsAndListAnswersThemSortedByKey() {
    String arn = app(Map.of("team", "growth"));

    service().tag(arn, Map.of("stage", "prod", "cost", "42"));

    assertEquals(List.of("cost", "stage", "team"), List.copyOf(service().list(arn).keySet()));
    assertEquals(Map.of("team", "growth", "stage", "prod", "cost", "42"), apps.find(APP).orElseThrow().tags());
  }

  @Test
  void tagReplacesTheValueOfAKeyAlreadyThere() {
    String arn = app(Map.of("team", "growth"));
    service().tag(arn, Map.of("team", "retention"));
    assertEquals(Map.of("team", "retention"), service().list(arn));
  }

  @Test
  void untagRemovesTheNamedKeysAndIgnoresAbsentOnes() {
    String arn = app(Map.of("a", "1", "b", "2", "c", "3"));
    service().untag(arn, List.of("a", "c", "never-there"));
    assertEquals(Map.of("b", "2"), service().list(arn));
  }

  @Test
  void rejectsReservedKeysBadLengthsAndEmptyRequestsWritingNothing() {
    String arn = app(Map.of("team", "growth"));
    Consumer<Runnable> rejected = call -> {
      assertThrows(BadRequestException.class, call::run);
      assertEquals(Map.of("team", "growth"), service().list(arn));
    };
    rejected.accept(() -> service().tag(arn, Map.of("aws:created-by", "me")));
    rejected.accept(() -> service().tag(arn, Map.of("AWS:x", "y", "ok", "fine")));
    rejected.accept(() -> service().tag(arn, Map.of("k".repeat(129), "v")));
    rejected.accept(() -> service().tag(arn, Map.of("k", "v".repeat(257))));
    rejected.accept(() -> service().tag(arn, Map.of()));
    rejected.accept(() -> service().tag(arn, null));
    rejected.accept(() -> service().untag(arn, List.of()));
    rejected.accept(() -> service().untag(arn, null));
    rejected.accept(() -> service().untag(arn, List.of("team", "k".repeat(129))));
    service().tag(arn, Map.of("k".repeat(128), "v".repeat(256)));
    assertEquals(2, service().list(arn).size());
  }

  @Test
  void refusesToGoPastFiftyTagsOnceMerged() {
    Map<String, String> fortyNine = new HashMap<>();
    for (int i = 0; i < 49; i++) {
      fortyNine.put("k" + i, "v");
    }
    String arn = app(fortyNine);
    service().tag(arn, Map.of("k0", "replaced", "k49", "v"));
    assertEquals(50, service().list(arn).size());

    BadRequestException e = assertThrows(BadRequestException.class, () -> service().tag(arn, Map.of("k50", "v")));
    assertTrue(e.getMessage().contains("50"), e.getMessage());
    assertEquals(50, service().list(arn).size());
    service().tag(arn, Map.of("k1", "still fine: an existing key"));
  }

  @Test
  void badArnIsA400AndUnknownResourcesAre404() {
    assertThrows(BadRequestException.class, () -> service().list("arn:aws:mobiletargeting:" + REGION + ":" + ACCOUNT + ":recommenders/x"));
    assertThrows(BadRequestException.class, () -> service().list("arn:aws:mobiletargeting:us-west-2:" + ACCOUNT + ":apps/" + APP));
    app(Map.of());
    for (String resource : List.of("apps/" + MISSING, "apps/" + APP + "/campaigns/" + MISSING,
        "apps/" + APP + "/segments/" + MISSING, "apps/" + APP + "/journeys/" + MISSING,
        "templates/missing/EMAIL", "apps/not-an-id", "templates/-bad-/SMS")) {
      assertThrows(NotFoundException.class, () -> service().list(BASE + resource), resource);
      assertThrows(NotFoundException.class, () -> service().tag(BASE + resource, Map.of("a", "b")), resource);
      assertThrows(NotFoundException.class, () -> service().untag(BASE + resource, List.of("a")), resource);
    }
  }

  @Test
  void tagsTheCurrentCampaignVersionOnly() {
    campaigns.putVersion(campaign(1, Map.of("v", "1")));
    campaigns.putVersion(campaign(2, Map.of("v", "1")));
    String arn = BASE + "apps/" + APP + "/campaigns/" + ID;

    service().tag(arn, Map.of("owner", "ops"));
    service().untag(arn, List.of("v"));

    assertEquals(Map.of("owner", "ops"), service().list(arn));
    assertEquals(Map.of("owner", "ops"), campaigns.current(APP, ID).orElseThrow().definition().tags());
    assertEquals(2, campaigns.current(APP, ID).orElseThrow().version());
    assertEquals(Map.of("v", "1"), campaigns.version(APP, ID, 1).orElseThrow().definition().tags());
  }

  @Test
  void tagsTheLatestSegmentVersionWithoutANewVersion() {
    Segment s = new Segment(APP, ID, BASE + "apps/" + APP + "/segments/" + ID, "s",
        new SegmentDefinition.Dimensional(new SegmentDimensions(null, null, null, null, null, null)), 1, T0, T0,
        Map.of("a", "1"));
    segments.create(s);
    String arn = s.arn();

    service().tag(arn, Map.of("b", "2"));

    assertEquals(Map.of("a", "1", "b", "2"), segments.find(APP, ID).orElseThrow().tags());
    assertEquals(1, segments.find(APP, ID).orElseThrow().version());
  }

  @Test
  void taggingAJourneyTakesARevisionSoAStaleUpdateFails() {
    JourneyDefinition d = new JourneyDefinition("j", null, null, null, null, null, null, null, null, null, null, null,
        null, null, null, null);
    Journey j = new Journey(APP, ID, d, JourneyState.DRAFT, T0, T0, Map.of(), 1);
    journeys.create(j);

    service().tag(BASE + "apps/" + APP + "/journeys/" + ID, Map.of("a", "1"));

    assertEquals(Map.of("a", "1"), journeys.find(APP, ID).orElseThrow().tags());
    assertEquals(false, journeys.replace(j.next(d, JourneyState.DRAFT, T0)), "an update read before the tag write");
  }

  @Test
  void templateTagsBelongToTheTemplateSoEveryVersionAnswersThemAndUpdatesKeepThem() {
    templates.create("w", new SmsTemplate("v1", null, null, null, Map.of("a", "1")));
    templates.update("w", new SmsTemplate("v2", null, null, null, null), true, null);
    String arn = BASE + "templates/w/SMS";

    service().tag(arn, Map.of("b", "2"));
    templates.update("w", new SmsTemplate("v3", null, null, null, Map.of("ignored", "on update")), true, null);

    for (String version : List.of("1", "2", "3")) {
      StoreResult.Ok ok = (StoreResult.Ok) templates.get("w", TemplateType.SMS, version);
      assertEquals(Map.of("a", "1", "b", "2"), ok.version().template().tags(), "version " + version);
    }
    assertEquals(Map.of("a", "1", "b", "2"), service().list(arn));
  }

  @Test
  void aConcurrentTagWriteIsMergedNotLost() {
    String arn = app(Map.of());
    AtomicInteger raced = new AtomicInteger();
    AppStore racing = new Delegating(apps) {
      @Override
      public boolean replaceTags(String id, Map<String, String> expected, Map<String, String> next) {
        if (raced.getAndIncrement() == 0) {
          apps.replaceTags(id, expected, Map.of("theirs", "1")); // another request lands between read and write
        }
        return apps.replaceTags(id, expected, next);
      }
    };

    service(racing).tag(arn, Map.of("mine", "2"));

    assertEquals(Map.of("theirs", "1", "mine", "2"), apps.find(APP).orElseThrow().tags());
    assertEquals(2, raced.get());
  }

  @Test
  void aResourceDeletedBetweenReadAndWriteIs404() {
    String arn = app(Map.of());
    AppStore deleting = new Delegating(apps) {
      @Override
      public boolean replaceTags(String id, Map<String, String> expected, Map<String, String> next) {
        apps.delete(id);
        return apps.replaceTags(id, expected, next);
      }
    };
    assertThrows(NotFoundException.class, () -> service(deleting).tag(arn, Map.of("a", "b")));
  }

  @Test
  void givesUpWith409WhenTheTagsKeepChanging() {
    String arn = app(Map.of());
    AtomicInteger writes = new AtomicInteger();
    AppStore busy = new Delegating(apps) {
      @Override
      public boolean replaceTags(String id, Map<String, String> expected, Map<String, String> next) {
        writes.incrementAndGet();
        return false;
      }
    };
    assertThrows(ConflictException.class, () -> service(busy).tag(arn, Map.of("a", "b")));
    assertEquals(TagService.ATTEMPTS, writes.get());
  }

  @Test
  void aChangeThatChangesNothingWritesNothing() {
    String arn = app(Map.of("a", "1"));
    AppStore refusing = new Delegating(apps) {
      @Override
      public boolean replaceTags(String id, Map<String, String> expected, Map<String, String> next) {
        throw new AssertionError("no write expected");
      }
    };
    service(refusing).tag(arn, Map.of("a", "1"));
    service(refusing).untag(arn, List.of("b"));
  }

  /** An AppStore passing everything to another, for tests that intercept one call. */
  private static class Delegating implements AppStore {
    private final AppStore d;

    Delegating(AppStore d) {
      this.d = d;
    }

    public void create(App app) {
      d.create(app);
    }

    public Optional<App> find(String id) {
      return d.find(id);
    }

    public Page<App> list(int limit, String token) {
      return d.list(limit, token);
    }

    public Optional<App> delete(String id) {
      return d.delete(id);
    }

    public Optional<AppSettings> findSettings(String id) {
      return d.findSettings(id);
    }

    public boolean saveSettings(String id, AppSettings settings) {
      return d.saveSettings(id, settings);
    }

    public boolean replaceTags(String id, Map<String, String> expected, Map<String, String> next) {
      return d.replaceTags(id, expected, next);
    }
  }
}
