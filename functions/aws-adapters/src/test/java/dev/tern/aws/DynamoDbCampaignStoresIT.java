package dev.tern.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tern.model.campaign.ActivityResult;
import dev.tern.model.campaign.ActivityState;
import dev.tern.model.campaign.Campaign;
import dev.tern.model.campaign.CampaignActivity;
import dev.tern.model.campaign.CampaignDefinition;
import dev.tern.model.campaign.CampaignLimits;
import dev.tern.model.campaign.CampaignRun;
import dev.tern.model.campaign.CampaignState;
import dev.tern.model.campaign.CampaignVersions;
import dev.tern.model.campaign.EmailContent;
import dev.tern.model.campaign.FailureReason;
import dev.tern.model.campaign.MessageHeader;
import dev.tern.model.campaign.Outcome;
import dev.tern.model.campaign.Schedule;
import dev.tern.model.campaign.SkipReason;
import dev.tern.model.campaign.StartTime;
import dev.tern.model.common.BadRequestException;
import dev.tern.model.common.Ids;
import dev.tern.model.common.Page;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@link DynamoDbCampaignStore} and {@link DynamoDbActivityStore} against moto's DynamoDB, which evaluates the
 * transactions, conditions, atomic counters and index queries (tables as template.yaml declares them).
 */
class DynamoDbCampaignStoresIT {

  static final Instant T0 = Instant.parse("2026-11-26T10:00:00.123Z");
  static MotoDynamoDb moto;
  static DynamoDbCampaignStore campaigns;
  static DynamoDbActivityStore activities;

  @BeforeAll
  static void start() throws Exception {
    moto = MotoDynamoDb.start();
    CampaignTables.create(moto.dynamo, "campaigns-it", "runs-it");
    campaigns = new DynamoDbCampaignStore(moto.dynamo, "campaigns-it");
    activities = new DynamoDbActivityStore(moto.dynamo, "runs-it");
  }

  @AfterAll
  static void stop() {
    if (moto != null) {
      moto.close();
    }
  }

  static CampaignDefinition definition(String name, EmailContent email) {
    return new CampaignDefinition(name, "d", "seg", 3, new Schedule.Once(new StartTime.Immediate(), null), email,
        new CampaignLimits(null, 600, null, null, null), false, "t", null, Map.of("team", "growth"));
  }

  static Campaign first(String app, String name) {
    EmailContent inline = new EmailContent.Inline("Hi", "<p>x</p>", "x", "a@example.com",
        List.of(new MessageHeader("X-Tag", "1")));
    return CampaignVersions.create(app, Ids.newId(), definition(name, inline), T0);
  }

  @Test
  void versionsAreConditionalAndReadBack() {
    String app = Ids.newId();
    Campaign v1 = first(app, "one");
    assertTrue(campaigns.putVersion(v1));
    assertFalse(campaigns.putVersion(v1), "version 1 exists");
    assertEquals(Optional.of(v1), campaigns.current(app, v1.id()));

    EmailContent template = new EmailContent.Template("welcome", null, "b@example.com");
    Campaign v2 = ((CampaignVersions.Update.Written) CampaignVersions.update(v1, definition("two", template),
        T0.plusSeconds(5))).next();
    assertTrue(campaigns.putVersion(v2));
    assertFalse(campaigns.putVersion(v2), "a racing second writer of version 2 loses");
    assertEquals(Optional.of(v2), campaigns.current(app, v1.id()));
    assertEquals(Optional.of(v1), campaigns.version(app, v1.id(), 1));
    assertEquals(Optional.empty(), campaigns.version(app, v1.id(), 3));
    assertEquals(List.of(2, 1), campaigns.versions(app, v1.id()).stream().map(Campaign::version).toList());

    Page<Campaign> newest = campaigns.versions(app, v1.id(), 1, null);
    assertEquals(2, newest.items().get(0).version());
    assertEquals(1, campaigns.versions(app, v1.id(), 1, newest.nextToken()).items().get(0).version());
  }

  @Test
  void stateChangesAreConditionalAndTheStateIndexFollowsThem() {
    String app = Ids.newId();
    Campaign c = first(app, "s");
    campaigns.putVersion(c);
    assertTrue(campaigns.inState(CampaignState.SCHEDULED).stream().anyMatch(x -> x.id().equals(c.id())));
    assertFalse(campaigns.changeState(app, c.id(), 1, CampaignState.PAUSED, CampaignState.EXECUTING));
    assertFalse(campaigns.changeState(app, c.id(), 2, CampaignState.SCHEDULED, CampaignState.EXECUTING));
    assertTrue(campaigns.changeState(app, c.id(), 1, CampaignState.SCHEDULED, CampaignState.EXECUTING));
    assertEquals(CampaignState.EXECUTING, campaigns.current(app, c.id()).orElseThrow().state());
    assertEquals(CampaignState.EXECUTING, campaigns.version(app, c.id(), 1).orElseThrow().state());
    assertFalse(campaigns.inState(CampaignState.SCHEDULED).stream().anyMatch(x -> x.id().equals(c.id())));
    assertTrue(campaigns.inState(CampaignState.EXECUTING).stream().anyMatch(x -> x.id().equals(c.id())));
  }

  @Test
  void listPagesAnAppsCampaignsAndDeleteRemovesEveryVersion() {
    String app = Ids.newId();
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      Campaign c = first(app, "c" + i);
      campaigns.putVersion(c);
      ids.add(c.id());
    }
    List<String> seen = new ArrayList<>();
    String token = null;
    do {
      Page<Campaign> page = campaigns.list(app, 2, token);
      page.items().forEach(c -> seen.add(c.id()));
      token = page.nextToken();
    } while (token != null);
    assertEquals(ids.stream().sorted().toList(), seen);
    assertThrows(BadRequestException.class, () -> campaigns.list(app, 2, "bogus"));

    Campaign gone = campaigns.current(app, ids.get(0)).orElseThrow();
    assertEquals(Optional.of(gone), campaigns.delete(app, gone.id()));
    assertEquals(Optional.empty(), campaigns.current(app, gone.id()));
    assertEquals(Optional.empty(), campaigns.version(app, gone.id(), 1));
    assertEquals(Optional.empty(), campaigns.delete(app, gone.id()));
  }

  @Test
  void activityCountersAreAtomicAndCompletionHappensOnce() {
    String app = Ids.newId();
    Campaign c = first(app, "a");
    CampaignRun run = CampaignRun.of(c, CampaignRun.DEFAULT_TREATMENT, T0);
    CampaignActivity started = CampaignActivity.started(run, 4, T0);
    assertTrue(activities.create(started));
    assertFalse(activities.create(started));
    activities.count(run.runId(), new Outcome.Sent("m1"));
    activities.count(run.runId(), new Outcome.Skipped(SkipReason.OPTED_OUT));
    activities.count(run.runId(), new Outcome.Failed(FailureReason.INVALID_ADDRESS));
    CampaignActivity after = activities.count(run.runId(), new Outcome.Skipped(SkipReason.OPTED_OUT));
    assertEquals(2, after.totalEndpointCount());
    assertEquals(1, after.successfulEndpointCount());
    assertEquals(Map.of(SkipReason.OPTED_OUT, 2L), after.skipped());
    assertEquals(Map.of(FailureReason.INVALID_ADDRESS, 1L), after.failed());
    assertTrue(after.allProcessed());

    assertTrue(activities.complete(run.runId(), ActivityResult.SUCCESS, T0.plusSeconds(9)));
    assertFalse(activities.complete(run.runId(), ActivityResult.SUCCESS, T0.plusSeconds(10)));
    CampaignActivity done = activities.find(run.runId()).orElseThrow();
    assertEquals(ActivityState.COMPLETED, done.state());
    assertEquals(T0.plusSeconds(9), done.end());
    assertNull(activities.find("missing").orElse(null));
    assertEquals(List.of(done), activities.forCampaign(app, c.id()));
    assertThrows(IllegalStateException.class, () -> activities.count("missing", new Outcome.Sent("m")));
  }

  @Test
  void aResolvedPageIsCountedOnceAndTheRunFinishesWhenEverySliceIsDone() {
    Campaign c = first(Ids.newId(), "p");
    CampaignRun run = CampaignRun.of(c, CampaignRun.DEFAULT_TREATMENT, T0);
    activities.create(CampaignActivity.resolving(run, 2, T0));
    activities.addPage(run.runId(), "0/0", 3, false);
    assertEquals(3, activities.addPage(run.runId(), "0/0", 3, false).expectedEndpoints(), "same page: no change");
    activities.addPage(run.runId(), "0/1", 1, true);
    CampaignActivity a = activities.addPage(run.runId(), "1/0", 0, true);
    assertEquals(4, a.expectedEndpoints());
    assertEquals(2, a.slicesDone());
    assertFalse(a.allProcessed(), "4 endpoints still to be sent");
    assertEquals(List.of(a), activities.forCampaign(c.applicationId(), c.id()), "page markers are not runs");
  }
}
