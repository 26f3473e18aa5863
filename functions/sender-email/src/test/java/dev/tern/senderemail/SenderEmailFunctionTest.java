package dev.tern.senderemail;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tern.model.campaign.Campaign;
import dev.tern.model.campaign.CampaignActivity;
import dev.tern.model.campaign.CampaignDefinition;
import dev.tern.model.campaign.CampaignRun;
import dev.tern.model.campaign.CampaignState;
import dev.tern.model.campaign.EmailContent;
import dev.tern.model.campaign.InMemoryActivityStore;
import dev.tern.model.campaign.InMemoryCampaignStore;
import dev.tern.model.campaign.Schedule;
import dev.tern.model.campaign.SkipReason;
import dev.tern.model.campaign.StartTime;
import dev.tern.model.endpoint.ChannelType;
import dev.tern.model.endpoint.Endpoint;
import dev.tern.model.endpoint.EndpointStatus;
import dev.tern.model.endpoint.EndpointUser;
import dev.tern.model.endpoint.InMemoryEndpointStore;
import dev.tern.model.endpoint.OptOut;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The events/sender-email fixtures through the mock Lambda event server, on in-memory ports. */
@QuarkusTest
class SenderEmailFunctionTest {

  static final String APP = "0123456789abcdef0123456789abcdef";
  static final String CAMPAIGN = "fedcba9876543210fedcba9876543210";
  static final String RUN = "00112233445566778899aabbccddeeff";

  @Inject InMemoryEndpointStore endpoints;
  @Inject InMemoryCampaignStore campaigns;
  @Inject InMemoryActivityStore activities;

  static String fixture(String name) throws IOException {
    return Files.readString(Path.of("../../events/sender-email/" + name));
  }

  void world() {
    if (campaigns.current(APP, CAMPAIGN).isPresent()) {
      return;
    }
    Instant start = Instant.parse("2026-11-26T10:00:00Z");
    CampaignDefinition d = new CampaignDefinition("sale", null, "seg", null,
        new Schedule.Once(new StartTime.Immediate(), null),
        new EmailContent.Inline("Hi {{User.UserAttributes.FirstName}}", "<p>Hello {{User.UserAttributes.FirstName}}</p>", null,
            null, List.of()), null, false, null, null, Map.of());
    Campaign c = new Campaign(APP, CAMPAIGN, 1, d, CampaignState.EXECUTING, start, start);
    campaigns.putVersion(c);
    activities.create(CampaignActivity.started(new CampaignRun(APP, CAMPAIGN, 1, "0", start, RUN), 2, start));
    endpoints.put(endpoint("ep-1", "ana@example.com", OptOut.NONE, "Ana"));
    endpoints.put(endpoint("ep-2", "bo@example.com", OptOut.ALL, "Bo"));
  }

  static Endpoint endpoint(String id, String address, OptOut optOut, String firstName) {
    return new Endpoint(id, APP, ChannelType.EMAIL, address, Map.of("Plan", List.of("<Pro>")), null, null, Map.of(),
        optOut, new EndpointUser("u-" + id, Map.of("FirstName", List.of(firstName))), Instant.EPOCH,
        EndpointStatus.ACTIVE, null, Instant.EPOCH, 0);
  }

  @Test
  void okBatchSendsToTheEligibleEndpointOnlyOnceEvenWhenRedelivered() throws IOException {
    world();
    TestWiring.SENT.clear();
    for (int i = 0; i < 2; i++) {
      given().contentType("application/json").body(fixture("sqs-ok.json")).when().post().then()
          .statusCode(200).body("batchItemFailures", empty());
    }
    given().contentType("application/json").body(fixture("sqs-fail.json")).when().post().then()
        .statusCode(200)
        .body("batchItemFailures.itemIdentifier", equalTo(List.of("00000001-87a3-44ab-83d2-661975830a7d")));

    assertEquals(List.of(new TestWiring.Sent("ana@example.com", "shop@example.com", "Hi Ana",
        "<p>Hello Ana</p>")), TestWiring.SENT);
    CampaignActivity a = activities.find(RUN).orElseThrow();
    assertEquals(1, a.successfulEndpointCount());
    assertEquals(Map.of(SkipReason.OPTED_OUT, 1L), a.skipped());
    assertEquals(CampaignState.COMPLETED, campaigns.current(APP, CAMPAIGN).orElseThrow().state());
  }
}
