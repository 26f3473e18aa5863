package dev.tern.campaignscheduler;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tern.model.campaign.Campaign;
import dev.tern.model.campaign.CampaignDefinition;
import dev.tern.model.campaign.CampaignState;
import dev.tern.model.campaign.CampaignVersions;
import dev.tern.model.campaign.EmailChannel;
import dev.tern.model.campaign.EmailContent;
import dev.tern.model.campaign.InMemoryCampaignStore;
import dev.tern.model.campaign.InMemoryEmailChannels;
import dev.tern.model.campaign.InMemorySegmentJobQueue;
import dev.tern.model.campaign.Schedule;
import dev.tern.model.campaign.SegmentJob;
import dev.tern.model.campaign.StartTime;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The events/campaign-scheduler fixtures through the mock Lambda event server, on in-memory ports. */
@QuarkusTest
class CampaignSchedulerFunctionTest {

  static final String APP = "0123456789abcdef0123456789abcdef";
  static final String NUDGED = "fedcba9876543210fedcba9876543210";
  static final String OTHER = "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";

  @Inject InMemoryCampaignStore campaigns;
  @Inject InMemoryEmailChannels channels;
  @Inject InMemorySegmentJobQueue jobs;

  static String fixture(String name) throws IOException {
    return Files.readString(Path.of("../../events/campaign-scheduler/" + name));
  }

  void campaign(String id) {
    CampaignDefinition d = new CampaignDefinition("c", null, "seg", null,
        new Schedule.Once(new StartTime.Immediate(), null),
        new EmailContent.Inline("Hi", "<p>x</p>", null, null, List.of()), null, false, null, null, Map.of());
    campaigns.putVersion(CampaignVersions.create(APP, id, d, Instant.parse("2026-11-26T10:00:00Z")));
  }

  CampaignState state(String id) {
    return campaigns.current(APP, id).map(Campaign::state).orElseThrow();
  }

  @Test
  void aNudgeLaunchesItsCampaignAndATickLaunchesTheRest() throws IOException {
    channels.put(APP, new EmailChannel("shop@example.com", null, true));
    campaign(NUDGED);
    campaign(OTHER);

    given().contentType("application/json").body(fixture("sqs-nudge-ok.json")).when().post().then()
        .statusCode(200).body("batchItemFailures", empty());
    assertEquals(CampaignState.EXECUTING, state(NUDGED));
    assertEquals(CampaignState.SCHEDULED, state(OTHER), "a nudge launches only its campaign");
    List<SegmentJob> published = jobs.drain();
    assertEquals(List.of(0, 1, 2, 3), published.stream().map(SegmentJob::slice).toList());
    assertEquals("shop@example.com", published.get(0).fromAddress());

    given().contentType("application/json").body(fixture("schedule-ok.json")).when().post().then().statusCode(204);
    assertEquals(CampaignState.EXECUTING, state(OTHER));
    assertEquals(4, jobs.drain().size(), "only the other campaign was due");

    given().contentType("application/json").body(fixture("sqs-nudge-fail.json")).when().post().then()
        .statusCode(200)
        .body("batchItemFailures.itemIdentifier", equalTo(List.of("00000001-87a3-44ab-83d2-661975830a7d")));
    assertEquals(List.of(), jobs.drain(), "the valid nudge of an EXECUTING campaign launches nothing");
  }
}
