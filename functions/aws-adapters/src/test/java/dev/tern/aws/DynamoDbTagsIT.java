package dev.tern.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tern.model.app.App;
import dev.tern.model.campaign.Campaign;
import dev.tern.model.common.Ids;
import dev.tern.model.journey.Journey;
import dev.tern.model.journey.JourneyDefinition;
import dev.tern.model.journey.JourneyState;
import dev.tern.model.segment.Segment;
import dev.tern.model.template.SmsTemplate;
import dev.tern.model.template.StoreResult;
import dev.tern.model.template.TemplateType;
import dev.tern.model.template.TemplateVersion;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The tag writes of every taggable store against moto's DynamoDB, which evaluates what the unit tests
 * only pin: {@code size(tags)} and {@code tags.#k} in conditions, the existence condition (no
 * resurrection of a deleted resource as a tags-only item), and the transactions around them.
 */
class DynamoDbTagsIT {

  static final Instant T0 = Instant.parse("2026-11-27T03:00:00Z");
  /** Every character TagPolicy allows, including expression syntax ({@code : . = + - @ /} and spaces). */
  static final Map<String, String> ODD = Map.of("a:b/c=d+e-f@g.h _i", "x: y/z=1+2-3@4.5 _6", "ünï", "çødé");

  static MotoDynamoDb moto;
  static DynamoDbAppStore apps;
  static DynamoDbCampaignStore campaigns;
  static DynamoDbSegmentStore segments;
  static DynamoDbJourneyStore journeys;
  static DynamoDbTemplateStore templates;

  @BeforeAll
  static void startMoto() throws Exception {
    moto = MotoDynamoDb.start();
    moto.createTable("apps-tags-it", "ApplicationId", null);
    CampaignTables.create(moto.dynamo, "campaigns-tags-it", "runs-tags-it");
    moto.createTable("segments-tags-it", "ApplicationId", "SegmentKey");
    moto.createTable("journeys-tags-it", "ApplicationId", "JourneyId");
    moto.createTable("templates-tags-it", "TemplateKey", "Sort");
    apps = new DynamoDbAppStore(moto.dynamo, "apps-tags-it");
    campaigns = new DynamoDbCampaignStore(moto.dynamo, "campaigns-tags-it");
    segments = new DynamoDbSegmentStore(moto.dynamo, "segments-tags-it");
    journeys = new DynamoDbJourneyStore(moto.dynamo, "journeys-tags-it", DynamoDbJourneyStoreTest.NAME_ONLY);
    templates = new DynamoDbTemplateStore(moto.dynamo, "templates-tags-it", Clock.fixed(T0, ZoneOffset.UTC));
  }

  @AfterAll
  static void stopMoto() {
    if (moto != null) {
      moto.close();
    }
  }

  static Map<String, String> plus(Map<String, String> tags, String key, String value) {
    Map<String, String> next = new HashMap<>(tags);
    next.put(key, value);
    return next;
  }

  @Test
  void appTagsAreReplacedOnlyWhileTheyAreStillAsRead() {
    String id = Ids.newId();
    apps.create(new App(id, App.arn("us-east-1", "1", id), "Shop", Map.of("team", "growth"), T0));

    assertFalse(apps.replaceTags(id, Map.of(), ODD), "expected no tags, has one");
    assertFalse(apps.replaceTags(id, Map.of("team", "other"), ODD), "same key, other value");
    assertFalse(apps.replaceTags(id, Map.of("team", "growth", "x", "y"), ODD), "one tag more than stored");
    assertEquals(Map.of("team", "growth"), apps.findTags(id).orElseThrow());

    assertTrue(apps.replaceTags(id, Map.of("team", "growth"), ODD));
    assertEquals(ODD, apps.findTags(id).orElseThrow());
    assertTrue(apps.replaceTags(id, ODD, Map.of()));
    assertEquals(Map.of(), apps.find(id).orElseThrow().tags());
    assertTrue(apps.replaceTags(id, Map.of(), Map.of("k", "v")), "empty map as read");

    apps.delete(id);
    assertFalse(apps.replaceTags(id, Map.of("k", "v"), Map.of("k", "w")));
    assertFalse(apps.replaceTags(id, Map.of(), Map.of("k", "w")));
    assertTrue(apps.find(id).isEmpty(), "no tags-only item left behind");
  }

  @Test
  void aStoredItemWithoutATagsAttributeCountsAsUntagged() {
    String id = Ids.newId();
    moto.dynamo.putItem(b -> b.tableName("apps-tags-it").item(Map.of("ApplicationId", AttributeValue.fromS(id),
        "Name", AttributeValue.fromS("old"), "Arn", AttributeValue.fromS("arn"),
        "CreationDate", AttributeValue.fromS("2026-01-01T00:00:00.000Z"))));
    assertEquals(Map.of(), apps.findTags(id).orElseThrow());
    assertTrue(apps.replaceTags(id, Map.of(), Map.of("k", "v")));
    assertEquals(Map.of("k", "v"), apps.findTags(id).orElseThrow());
  }

  @Test
  void campaignTagsLiveOnTheHeadAndAStaleUpdateFails() {
    String app = Ids.newId();
    Campaign v1 = DynamoDbCampaignStoresIT.first(app, "one");
    assertTrue(campaigns.putVersion(v1));
    Campaign v2 = new Campaign(app, v1.id(), 2, v1.definition(), v1.state(), T0, T0);
    assertTrue(campaigns.putVersion(v2));

    Map<String, String> tagged = plus(v2.definition().tags(), "owner", "ops");
    assertTrue(campaigns.replaceTags(app, v1.id(), v2.definition().tags(), tagged));
    assertFalse(campaigns.replaceTags(app, v1.id(), v2.definition().tags(), Map.of()), "tags changed since");

    assertEquals(tagged, campaigns.current(app, v1.id()).orElseThrow().definition().tags());
    assertEquals(tagged, campaigns.version(app, v1.id(), 2).orElseThrow().definition().tags());
    assertEquals(tagged, campaigns.versions(app, v1.id()).get(0).definition().tags());
    assertEquals(v1.definition().tags(), campaigns.version(app, v1.id(), 1).orElseThrow().definition().tags());

    Campaign staleV3 = new Campaign(app, v1.id(), 3, v2.definition(), v2.state(), T0, T0);
    assertFalse(campaigns.putVersion(staleV3), "an update prepared before the tag change would drop the new tag");
    Campaign v3 = new Campaign(app, v1.id(), 3, v2.definition().withTags(tagged), v2.state(), T0, T0);
    assertTrue(campaigns.putVersion(v3));

    campaigns.delete(app, v1.id());
    assertFalse(campaigns.replaceTags(app, v1.id(), tagged, Map.of()));
    assertTrue(campaigns.current(app, v1.id()).isEmpty());
  }

  @Test
  void segmentTagsChangeOnTheHeadAndTheLatestVersionTogether() {
    String app = Ids.newId();
    Segment one = DynamoDbSegmentStoreIT.fresh(app);
    assertTrue(segments.create(one));
    Segment two = one.next("two", one.definition(), T0);
    assertTrue(segments.update(two));

    assertTrue(segments.replaceTags(app, one.id(), two.tags(), ODD));
    assertFalse(segments.replaceTags(app, one.id(), two.tags(), Map.of()), "tags changed since");

    assertEquals(ODD, segments.find(app, one.id()).orElseThrow().tags());
    assertEquals(ODD, segments.findVersion(app, one.id(), 2).orElseThrow().tags());
    assertEquals(List.of(ODD, one.tags()),
        segments.listVersions(app, one.id(), 10, null).items().stream().map(Segment::tags).toList());
    assertEquals(2, segments.find(app, one.id()).orElseThrow().version(), "tagging is not a new version");

    assertFalse(segments.update(two.next("three", two.definition(), T0)), "stale: read before the tag change");
    assertTrue(segments.update(two.withTags(ODD).next("three", two.definition(), T0)));
    assertEquals(ODD, segments.find(app, one.id()).orElseThrow().tags());

    segments.delete(app, one.id());
    assertFalse(segments.replaceTags(app, one.id(), ODD, Map.of()));
  }

  @Test
  void journeyTagsTakeARevision() {
    String app = Ids.newId();
    JourneyDefinition d = new JourneyDefinition("j", null, null, null, null, null, null, null, null, null, null, null,
        null, null, null, null);
    Journey j = new Journey(app, Ids.newId(), d, JourneyState.DRAFT, T0, T0, Map.of(), 1);
    journeys.create(j);

    assertTrue(journeys.replaceTags(app, j.id(), Map.of(), ODD));
    assertFalse(journeys.replaceTags(app, j.id(), Map.of(), Map.of()));
    Journey stored = journeys.find(app, j.id()).orElseThrow();
    assertEquals(ODD, stored.tags());
    assertEquals(2, stored.revision());
    assertFalse(journeys.replace(j.next(d, JourneyState.DRAFT, T0)), "revision 1 is gone");
    assertTrue(journeys.replace(stored.next(d, JourneyState.DRAFT, T0)));
    assertEquals(ODD, journeys.find(app, j.id()).orElseThrow().tags());

    journeys.delete(app, j.id());
    assertFalse(journeys.replaceTags(app, j.id(), ODD, Map.of()));
  }

  static TemplateVersion ok(StoreResult r) {
    return assertInstanceOf(StoreResult.Ok.class, r, r.toString()).version();
  }

  @Test
  void templateTagsBelongToTheTemplateAndEveryReadAnswersThem() {
    String name = "tags-" + Ids.newId().substring(0, 8);
    ok(templates.create(name, new SmsTemplate("v1", null, null, null, Map.of("a", "1"))));
    ok(templates.update(name, new SmsTemplate("v2", null, null, null, null), true, null));

    assertFalse(templates.replaceTags(name, TemplateType.SMS, Map.of(), ODD), "tags are {a=1}");
    assertTrue(templates.replaceTags(name, TemplateType.SMS, Map.of("a", "1"), ODD));

    assertEquals(ODD, templates.findTags(name, TemplateType.SMS).orElseThrow());
    assertEquals(ODD, ok(templates.get(name, TemplateType.SMS, "1")).template().tags());
    assertEquals(ODD, ok(templates.latest(name, TemplateType.SMS)).template().tags());
    StoreResult.Listed versions = (StoreResult.Listed) templates.listVersions(name, TemplateType.SMS, 10, null);
    versions.items().forEach(v -> assertEquals(ODD, v.template().tags()));
    StoreResult.Listed listed = (StoreResult.Listed) templates.list(name, TemplateType.SMS, 10, null);
    assertEquals(ODD, listed.items().get(0).template().tags());

    TemplateVersion three = ok(templates.update(name, new SmsTemplate("v3", null, null, null, Map.of("x", "y")), true, null));
    assertEquals(ODD, three.template().tags(), "tags on update are ignored");
    assertEquals(ODD, ok(templates.setActiveVersion(name, TemplateType.SMS, "3")).template().tags());

    templates.delete(name, TemplateType.SMS, null);
    assertFalse(templates.replaceTags(name, TemplateType.SMS, ODD, Map.of()));
    assertTrue(templates.findTags(name, TemplateType.SMS).isEmpty());
  }
}
