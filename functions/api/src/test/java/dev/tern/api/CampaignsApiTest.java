package dev.tern.api;

import static dev.tern.api.ErrorShape.assertError;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tern.model.campaign.CampaignActivity;
import dev.tern.model.campaign.CampaignRun;
import dev.tern.model.campaign.CampaignState;
import dev.tern.model.campaign.InMemoryActivityStore;
import dev.tern.model.campaign.InMemoryCampaignStore;
import dev.tern.model.campaign.Outcome;
import dev.tern.model.campaign.SkipReason;
import dev.tern.model.segment.InMemorySegmentStore;
import dev.tern.model.segment.Segment;
import dev.tern.model.segment.SegmentDefinition;
import dev.tern.model.segment.SegmentDimensions;
import java.time.Instant;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The eight campaign operations through the mock Lambda event server, on in-memory stores. */
@QuarkusTest
class CampaignsApiTest {

  static final String INLINE = """
      {"Name":"Spring sale","SegmentId":"0123456789abcdef0123456789abcdef",
       "Schedule":{"StartTime":"IMMEDIATE","Frequency":"ONCE"},
       "MessageConfiguration":{"EmailMessage":{"Title":"Hi {{User.UserAttributes.FirstName}}",
         "HtmlBody":"<p>Sale</p>","FromAddress":"shop@example.com"}},
       "tags":{"team":"growth"}}""";

  @Inject TestStore apps;
  @Inject InMemoryCampaignStore campaigns;
  @Inject InMemoryActivityStore activities;
  @Inject InMemorySegmentStore segments;

  String app;

  @BeforeEach
  void freshApp() {
    apps.reset();
    TestWiring.NUDGES.clear();
    app = AppsApiTest.createApp("Shop");
    segments.clear();
    segments.create(new Segment(app, "0123456789abcdef0123456789abcdef", "arn", "all",
        new SegmentDefinition.Dimensional(SegmentDimensions.NONE), 1, Instant.EPOCH, Instant.EPOCH, null));
  }

  ValidatableResponse create(String json) {
    return given().contentType(ContentType.JSON).body(json).when().post("/v1/apps/" + app + "/campaigns").then();
  }

  String createInline() {
    return create(INLINE).statusCode(201).extract().path("Id");
  }

  @Test
  void createCampaignAnswers201WithTheCampaignResponseAndNudgesTheScheduler() {
    String id = create(INLINE).statusCode(201)
        .body("Id", matchesPattern("[0-9a-f]{32}"))
        .body("ApplicationId", equalTo(app))
        .body("Arn", matchesPattern("arn:aws:mobiletargeting:us-east-1:000000000000:apps/" + app + "/campaigns/[0-9a-f]{32}"))
        .body("Name", equalTo("Spring sale"))
        .body("Version", equalTo(1))
        .body("State.CampaignStatus", equalTo("SCHEDULED"))
        .body("IsPaused", equalTo(false))
        .body("Schedule.StartTime", equalTo("IMMEDIATE"))
        .body("Schedule.Frequency", equalTo("ONCE"))
        .body("MessageConfiguration.EmailMessage.Title", equalTo("Hi {{User.UserAttributes.FirstName}}"))
        .body("MessageConfiguration.EmailMessage.FromAddress", equalTo("shop@example.com"))
        .body("tags.team", equalTo("growth"))
        .body("CreationDate", equalTo("2026-11-26T10:00:00.123Z"))
        .body("$", not(hasKey("TemplateConfiguration")))
        .extract().path("Id");
    assertEquals(List.of(app + "/" + id), TestWiring.NUDGES);
    given().when().get("/v1/apps/" + app + "/campaigns/" + id).then().statusCode(200)
        .body("Id", equalTo(id)).body("SegmentId", equalTo("0123456789abcdef0123456789abcdef"));
  }

  @Test
  void templateCampaignEchoesTheTemplateConfiguration() {
    create("""
        {"SegmentId":"0123456789abcdef0123456789abcdef","Schedule":{"StartTime":"2027-01-01T09:00:00+01:00"},
         "TemplateConfiguration":{"EmailTemplate":{"Name":"welcome","Version":"2"}}}""")
        .statusCode(201)
        .body("TemplateConfiguration.EmailTemplate.Name", equalTo("welcome"))
        .body("TemplateConfiguration.EmailTemplate.Version", equalTo("2"))
        .body("Schedule.StartTime", equalTo("2027-01-01T08:00:00.000Z"))
        .body("$", not(hasKey("MessageConfiguration")));
  }

  @Test
  void invalidRequestsAre400NamingTheFieldAndStoreNothing() {
    assertError(create(INLINE.replace("0123456789abcdef0123456789abcdef", "fedcba9876543210fedcba9876543210")), 400,
        "BadRequestException", "SegmentId: segment fedcba9876543210fedcba9876543210");
    assertError(create("{\"Schedule\":{\"StartTime\":\"IMMEDIATE\"},\"MessageConfiguration\":{\"EmailMessage\":{\"Title\":\"t\",\"Body\":\"b\"}}}"),
        400, "BadRequestException", "SegmentId");
    assertError(create(INLINE.replace("IMMEDIATE", "2020-01-01T00:00:00Z")), 400, "BadRequestException",
        "Schedule.StartTime");
    assertError(create(INLINE.replace("\"ONCE\"", "\"DAILY\"")), 400, "BadRequestException", "Schedule.Frequency");
    assertError(create(INLINE.replace("\"EmailMessage\"", "\"SMSMessage\":{\"Body\":\"x\"},\"EmailMessage\"")),
        400, "BadRequestException", "MessageConfiguration.SMSMessage");
    assertError(create(INLINE.replace("\"Name\":\"Spring sale\"", "\"Name\":\"x\",\"Hook\":{\"Mode\":\"FILTER\"}")),
        400, "BadRequestException", "Hook");
    assertError(create(""), 400, "BadRequestException", "WriteCampaignRequest");
    assertError(create(INLINE.replace("\"team\":\"growth\"", "\"team\":null")), 400, "BadRequestException", "tags");
    assertError(create(INLINE.replace("\"FromAddress\"", "\"Headers\":[null],\"FromAddress\"")), 400,
        "BadRequestException", "Headers");
    assertError(create("{\"SegmentVersion\":\"one\"}"), 400, "BadRequestException", "SegmentVersion");
    given().when().get("/v1/apps/" + app + "/campaigns").then().statusCode(200).body("Item.size()", equalTo(0));
    assertTrue(TestWiring.NUDGES.isEmpty());
  }

  @Test
  void unknownAppOrCampaignIs404() {
    assertError(given().contentType(ContentType.JSON).body(INLINE).when()
        .post("/v1/apps/" + AppsApiTest.MISSING + "/campaigns").then(), 404, "NotFoundException", AppsApiTest.MISSING);
    assertError(given().when().get("/v1/apps/" + app + "/campaigns/" + AppsApiTest.MISSING).then(), 404,
        "NotFoundException", AppsApiTest.MISSING);
    assertError(given().when().delete("/v1/apps/" + app + "/campaigns/nope").then(), 404, "NotFoundException", "nope");
  }

  @Test
  void updateMakesANewVersionAndOldVersionsStayReadable() {
    String id = createInline();
    given().contentType(ContentType.JSON).body(INLINE.replace("Spring sale", "Summer sale").replace("growth", "x"))
        .when().put("/v1/apps/" + app + "/campaigns/" + id).then().statusCode(200)
        .body("Version", equalTo(2)).body("Name", equalTo("Summer sale"))
        .body("tags.team", equalTo("growth"));
    given().when().get("/v1/apps/" + app + "/campaigns/" + id + "/versions/1").then().statusCode(200)
        .body("Name", equalTo("Spring sale")).body("Version", equalTo(1));
    given().when().get("/v1/apps/" + app + "/campaigns/" + id + "/versions").then().statusCode(200)
        .body("Item.Version", equalTo(List.of(2, 1)));
    assertError(given().when().get("/v1/apps/" + app + "/campaigns/" + id + "/versions/3").then(), 404,
        "NotFoundException", "version 3");
    assertError(given().when().get("/v1/apps/" + app + "/campaigns/" + id + "/versions/x").then(), 404,
        "NotFoundException", "version x");
  }

  @Test
  void updateOfAnExecutingCampaignIs400() {
    String id = createInline();
    campaigns.changeState(app, id, 1, CampaignState.SCHEDULED, CampaignState.EXECUTING);
    assertError(given().contentType(ContentType.JSON).body(INLINE).when()
        .put("/v1/apps/" + app + "/campaigns/" + id).then(), 400, "BadRequestException", "EXECUTING");
  }

  @Test
  void deleteAnswersTheCampaignThenItIsGone() {
    String id = createInline();
    given().when().delete("/v1/apps/" + app + "/campaigns/" + id).then().statusCode(200).body("Id", equalTo(id));
    assertError(given().when().get("/v1/apps/" + app + "/campaigns/" + id).then(), 404, "NotFoundException", id);
  }

  @Test
  void getCampaignsPagesWithTheToken() {
    List<String> created = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      created.add(createInline());
    }
    List<String> seen = new ArrayList<>();
    String token = null;
    int pages = 0;
    do {
      var request = given().queryParam("page-size", "2");
      if (token != null) {
        request.queryParam("token", token);
      }
      var page = request.when().get("/v1/apps/" + app + "/campaigns").then().statusCode(200).extract();
      seen.addAll(page.path("Item.Id"));
      token = page.path("NextToken");
      pages++;
    } while (token != null);
    assertEquals(3, pages);
    assertEquals(created.stream().sorted().toList(), seen);
  }

  @Test
  void activitiesReportTheRunsCounters() {
    String id = createInline();
    given().when().get("/v1/apps/" + app + "/campaigns/" + id + "/activities").then().statusCode(200)
        .body("Item.size()", equalTo(0));
    var campaign = campaigns.current(app, id).orElseThrow();
    CampaignRun run = CampaignRun.of(campaign, CampaignRun.DEFAULT_TREATMENT, TestWiring.NOW);
    activities.create(CampaignActivity.started(run, 3, TestWiring.NOW));
    activities.count(run.runId(), new Outcome.Sent("m1"));
    activities.count(run.runId(), new Outcome.Skipped(SkipReason.OPTED_OUT));
    given().when().get("/v1/apps/" + app + "/campaigns/" + id + "/activities").then().statusCode(200)
        .body("Item[0].Id", equalTo(run.runId()))
        .body("Item[0].CampaignId", equalTo(id))
        .body("Item[0].State", equalTo("RUNNING"))
        .body("Item[0].TotalEndpointCount", equalTo(1))
        .body("Item[0].SuccessfulEndpointCount", equalTo(1))
        .body("Item[0].ExecutionMetrics.ENDPOINT_OPT_OUT", equalTo("1"))
        .body("Item[0].ScheduledStart", equalTo("2026-11-26T10:00:00.123Z"))
        .body("$", not(hasKey("NextToken")));
  }
}
