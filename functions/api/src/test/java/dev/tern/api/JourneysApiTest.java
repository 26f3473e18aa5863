package dev.tern.api;

import static dev.tern.api.ErrorShape.assertError;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tern.model.journey.InMemoryJourneyStore;
import dev.tern.model.journey.JourneyState;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The six journey operations through the mock Lambda event server (API Gateway v2 events). */
@QuarkusTest
class JourneysApiTest {

  static final String MISSING = "0123456789abcdef0123456789abcdef";
  static final ObjectMapper JSON = new ObjectMapper();

  @Inject TestStore apps;
  @Inject InMemoryJourneyStore journeys;
  String app;

  @BeforeEach
  void freshApp() {
    apps.reset();
    app = AppsApiTest.createApp("Shop");
  }

  static String fullJourney() throws IOException {
    try (InputStream in = JourneysApiTest.class.getResourceAsStream("/journeys/full-journey.json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  ValidatableResponse create(String json) {
    return given().contentType(ContentType.JSON).body(json).when().post("/v1/apps/" + app + "/journeys").then();
  }

  ValidatableResponse put(String path, String json) {
    return given().contentType(ContentType.JSON).body(json).when().put("/v1/apps/" + app + "/journeys" + path).then();
  }

  String createDraft(String name) {
    return create("{\"Name\":\"" + name + "\"}").statusCode(201).extract().path("Id");
  }

  @Test
  void createAnswers201AndEchoesEveryMemberOfTheRequest() throws IOException {
    String body = create(fullJourney())
        .statusCode(201)
        .body("Id", matchesPattern("[0-9a-f]{32}"))
        .body("ApplicationId", equalTo(app))
        .body("State", equalTo("DRAFT"))
        .body("CreationDate", equalTo("2026-11-26T10:00:00.123Z"))
        .body("LastModifiedDate", equalTo("2026-11-26T10:00:00.123Z"))
        .body("tags", equalTo(Map.of()))
        .extract().asString();
    ObjectNode answer = (ObjectNode) JSON.readTree(body);
    answer.remove(List.of("Id", "ApplicationId", "State", "CreationDate", "LastModifiedDate", "tags"));
    // Member for member what the client sent, including the lower-case segmentDimensions and the
    // verbatim event dimensions.
    assertEquals(JSON.readTree(fullJourney()), answer);
    String id = (String) JSON.readValue(body, Map.class).get("Id");
    assertEquals(body, given().when().get("/v1/apps/" + app + "/journeys/" + id).then().statusCode(200)
        .extract().asString());
  }

  @Test
  void aDanglingNextActivityIs400NamingIt() throws IOException {
    String json = fullJourney().replace("\"NextActivity\": \"holdout\"", "\"NextActivity\": \"ghost\"");
    assertError(create(json), 400, "BadRequestException",
        "Activities.sms.SMS.NextActivity: references activity 'ghost', which does not exist");
    assertEquals(List.of(), journeys.list(app, 10, null).items());
  }

  @Test
  void malformedJourneysAre400() {
    assertError(create("{\"Name\":\"a\",\"Activities\":{\"x\":{\"Holdout\":{\"Percentage\":5},\"ContactCenter\":{}}}}"),
        400, "BadRequestException", "Activities.x: an activity sets exactly one of");
    assertError(create("{\"Name\":\"a\",\"Activities\":{\"x\":{}}}"), 400, "BadRequestException", "got none");
    assertError(create("{\"Name\":\"a\",\"Activities\":{\"x\":null}}"), 400, "BadRequestException",
        "Activities.x: is required");
    assertError(create("{\"Name\":\"a\",\"State\":\"RUNNING\"}"), 400, "BadRequestException",
        "Invalid value for State");
    assertError(create("{\"Name\":\"a\",\"State\":\"PAUSED\"}"), 400, "BadRequestException",
        "State must be DRAFT or ACTIVE");
    assertError(create("{\"Name\":\"a\",\"StartCondition\":{\"EventStartCondition\":{\"EventFilter\":"
        + "{\"FilterType\":\"ENDPOINT\",\"Dimensions\":[1]}}}}"), 400, "BadRequestException",
        "StartCondition.EventStartCondition.EventFilter.Dimensions");
    assertError(create("{\"Name\":\"a\",\"Activities\":{\"w\":{\"Wait\":{\"WaitTime\":{\"WaitFor\":\"soon\"}}}}}"),
        400, "BadRequestException", "Activities.w.Wait.WaitTime.WaitFor: must be an ISO-8601 duration");
    assertError(create("{\"Name\":\"a\",\"Limits\":{\"DailyCap\":1.5}}"), 400, "BadRequestException",
        "Limits.DailyCap");
    assertError(create("{\"Activities\":{}}"), 400, "BadRequestException", "Name: is required");
    assertError(create(""), 400, "BadRequestException", "WriteJourneyRequest is required");
    assertEquals(List.of(), journeys.list(app, 10, null).items());
  }

  @Test
  void publishingNeedsARunnableJourney() {
    assertError(create("{\"Name\":\"a\",\"State\":\"ACTIVE\"}"), 400, "BadRequestException",
        "StartCondition: a journey needs a SegmentStartCondition or an EventStartCondition to be published");
  }

  @Test
  void unknownAppsAndJourneysAre404() {
    assertError(given().when().get("/v1/apps/" + MISSING + "/journeys").then(), 404, "NotFoundException",
        "Application not found");
    assertError(given().contentType(ContentType.JSON).body("{\"Name\":\"a\"}").when()
        .post("/v1/apps/" + MISSING + "/journeys").then(), 404, "NotFoundException", "Application not found");
    assertError(given().when().get("/v1/apps/" + app + "/journeys/" + MISSING).then(), 404, "NotFoundException",
        "Journey not found: " + MISSING);
    assertError(given().when().delete("/v1/apps/" + app + "/journeys/" + MISSING).then(), 404, "NotFoundException",
        "Journey not found");
    assertError(put("/" + MISSING + "/state", "{\"State\":\"ACTIVE\"}"), 404, "NotFoundException", "Journey not found");
    assertError(put("/" + MISSING, "{\"Name\":\"a\"}"), 404, "NotFoundException", "Journey not found");
  }

  @Test
  void listsInPagesWithPageSizeAndToken() {
    List<String> created = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      created.add(createDraft("J" + i));
    }
    created.sort(null);
    var first = given().queryParam("page-size", "2").when().get("/v1/apps/" + app + "/journeys").then()
        .statusCode(200).body("Item", hasSize(2)).extract();
    String token = first.path("NextToken");
    var second = given().queryParam("page-size", "2").queryParam("token", token).when()
        .get("/v1/apps/" + app + "/journeys").then().statusCode(200).body("Item", hasSize(1))
        .body("NextToken", nullValue()).extract();
    List<String> seen = new ArrayList<>(first.<List<String>>path("Item.Id"));
    seen.addAll(second.path("Item.Id"));
    assertEquals(created, seen);
    assertError(given().queryParam("token", "bogus").when().get("/v1/apps/" + app + "/journeys").then(), 400,
        "BadRequestException", "Invalid token");
    assertError(given().queryParam("page-size", "x").when().get("/v1/apps/" + app + "/journeys").then(), 400,
        "BadRequestException", "page-size");
  }

  @Test
  void updatePublishesAndThenRefusesActivityChangesWith409() throws IOException {
    String id = createDraft("Later");
    put("/" + id, fullJourney().replace("\"Name\": \"Onboarding_v1\"", "\"Name\": \"Onboarding_v1\", \"State\": \"ACTIVE\""))
        .statusCode(200).body("State", equalTo("ACTIVE")).body("Name", equalTo("Onboarding_v1"));
    assertError(put("/" + id, fullJourney().replace("\"Percentage\": 10", "\"Percentage\": 20")), 409,
        "ConflictException", "the activities of a published journey can't be added, changed or removed");
    put("/" + id, fullJourney().replace("Onboarding_v1", "Onboarding_v2")).statusCode(200)
        .body("Name", equalTo("Onboarding_v2")).body("State", equalTo("ACTIVE"))
        .body("Activities.holdout.Holdout.Percentage", equalTo(10));
  }

  @Test
  void stateChangesFollowThePinpointRules() throws IOException {
    String id = create(fullJourney()).statusCode(201).extract().path("Id");
    put("/" + id + "/state", "{\"State\":\"ACTIVE\"}").statusCode(200).body("State", equalTo("ACTIVE"));
    put("/" + id + "/state", "{\"State\":\"PAUSED\"}").statusCode(200).body("State", equalTo("PAUSED"));
    put("/" + id + "/state", "{\"State\":\"ACTIVE\"}").statusCode(200).body("State", equalTo("ACTIVE"));
    put("/" + id + "/state", "{\"State\":\"CANCELLED\"}").statusCode(200).body("State", equalTo("CANCELLED"));
    assertError(put("/" + id + "/state", "{\"State\":\"ACTIVE\"}"), 400, "BadRequestException",
        "A CANCELLED journey cannot be made ACTIVE");
    assertError(put("/" + id + "/state", "{\"State\":\"DRAFT\"}"), 400, "BadRequestException",
        "State must be ACTIVE, PAUSED or CANCELLED");
    assertError(put("/" + id + "/state", "{}"), 400, "BadRequestException", "State is required");
    assertError(put("/" + id, fullJourney()), 409, "ConflictException", "can no longer be updated");
    assertEquals(JourneyState.CANCELLED, journeys.find(app, id).orElseThrow().state());
  }

  @Test
  void deleteAnswersTheJourneyAsItWas() {
    String id = createDraft("Gone");
    given().when().delete("/v1/apps/" + app + "/journeys/" + id).then().statusCode(200)
        .body("Id", equalTo(id)).body("Name", equalTo("Gone"));
    assertError(given().when().get("/v1/apps/" + app + "/journeys/" + id).then(), 404, "NotFoundException", id);
  }

  @Test
  void knownPathWithWrongMethodIs405() {
    assertError(given().when().patch("/v1/apps/" + app + "/journeys").then(), 405, "MethodNotAllowedException",
        "PATCH");
    assertError(given().when().post("/v1/apps/" + app + "/journeys/" + MISSING + "/state").then(), 405,
        "MethodNotAllowedException", "POST");
  }
}
