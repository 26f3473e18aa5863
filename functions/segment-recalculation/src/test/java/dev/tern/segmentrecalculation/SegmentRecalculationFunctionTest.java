package dev.tern.segmentrecalculation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tern.model.campaign.CampaignActivity;
import dev.tern.model.campaign.CampaignRun;
import dev.tern.model.campaign.InMemoryActivityStore;
import dev.tern.model.campaign.InMemoryCommandQueue;
import dev.tern.model.campaign.SendEmailCommand;
import dev.tern.model.endpoint.ChannelType;
import dev.tern.model.endpoint.Endpoint;
import dev.tern.model.endpoint.EndpointStatus;
import dev.tern.model.endpoint.EndpointUser;
import dev.tern.model.endpoint.InMemoryEndpointStore;
import dev.tern.model.endpoint.OptOut;
import dev.tern.model.segment.InMemorySegmentStore;
import dev.tern.model.segment.Segment;
import dev.tern.model.segment.SegmentDefinition;
import dev.tern.model.segment.SegmentDimensions;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The events/segment-recalculation fixtures through the mock Lambda event server, on in-memory ports. */
@QuarkusTest
class SegmentRecalculationFunctionTest {

  static final String APP = "0123456789abcdef0123456789abcdef";
  static final String CAMPAIGN = "fedcba9876543210fedcba9876543210";
  static final String RUN = "00112233445566778899aabbccddeeff";
  static final String SEGMENT = "5e9e0000000000000000000000000001";

  @Inject InMemoryEndpointStore endpoints;
  @Inject InMemorySegmentStore segments;
  @Inject InMemoryActivityStore activities;
  @Inject InMemoryCommandQueue commands;

  static String fixture(String name) throws IOException {
    return Files.readString(Path.of("../../events/segment-recalculation/" + name));
  }

  @Test
  void aSliceJobPublishesItsEndpointsAndARedeliveredJobIsCountedOnce() throws IOException {
    Instant t0 = Instant.parse("2026-11-26T10:00:00Z");
    segments.create(new Segment(APP, SEGMENT, "arn", "all", new SegmentDefinition.Dimensional(SegmentDimensions.NONE),
        1, t0, t0, Map.of()));
    for (String id : List.of("a", "b", "c")) {
      endpoints.put(new Endpoint(id, APP, ChannelType.EMAIL, id + "@example.com", Map.of(), null, null, Map.of(),
          OptOut.NONE, EndpointUser.NONE, t0, EndpointStatus.ACTIVE, null, t0, 0));
    }
    activities.create(CampaignActivity.resolving(new CampaignRun(APP, CAMPAIGN, 1, "0", t0, RUN), 1, t0));

    given().contentType("application/json").body(fixture("sqs-ok.json")).when().post().then()
        .statusCode(200).body("batchItemFailures", empty());
    given().contentType("application/json").body(fixture("sqs-fail.json")).when().post().then()
        .statusCode(200)
        .body("batchItemFailures.itemIdentifier", equalTo(List.of("00000001-87a3-44ab-83d2-661975830a7d")));

    List<SendEmailCommand> published = commands.published();
    assertEquals(List.of("a", "b", "c"), published.get(0).endpointIds());
    assertEquals(RUN, published.get(0).runId());
    CampaignActivity a = activities.find(RUN).orElseThrow();
    assertEquals(3, a.expectedEndpoints(), "the redelivered page is not counted again");
    assertEquals(1, a.slicesDone());
  }
}
