package dev.tern.api;

import static dev.tern.api.ErrorShape.assertError;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.aMapWithSize;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** TagResource, UntagResource, ListTagsForResource through the mock Lambda event server, on each resource type. */
@QuarkusTest
class TagsApiTest {

  static final String BASE = "arn:aws:mobiletargeting:us-east-1:000000000000:";
  static final String MISSING = AppsApiTest.MISSING;

  @Inject TestStore apps;
  @Inject TestTemplates templates;

  String app;

  @BeforeEach
  void freshApp() {
    apps.reset();
    templates.reset();
    app = AppsApiTest.createApp("Shop");
  }

  /** The ARN percent-encoded into one path segment, as the AWS SDKs send it. */
  static String path(String arn) {
    return "/v1/tags/" + URLEncoder.encode(arn, StandardCharsets.UTF_8);
  }

  static ValidatableResponse list(String arn) {
    return given().urlEncodingEnabled(false).when().get(path(arn)).then();
  }

  static ValidatableResponse tag(String arn, String json) {
    return given().urlEncodingEnabled(false).contentType(ContentType.JSON).body(json).when().post(path(arn)).then();
  }

  static ValidatableResponse untag(String arn, String query) {
    return given().urlEncodingEnabled(false).when().delete(path(arn) + query).then();
  }

  @Test
  void tagListAndUntagAnApp() {
    String arn = BASE + "apps/" + app;
    tag(arn, "{\"tags\":{\"team\":\"growth\",\"stage\":\"prod\",\"cost\":\"a:b/c=d+e-f@g.h i\"}}")
        .statusCode(204).body(emptyString());

    list(arn).statusCode(200).body("$", aMapWithSize(1))
        .body("tags", equalTo(Map.of("team", "growth", "stage", "prod", "cost", "a:b/c=d+e-f@g.h i")));
    given().get("/v1/apps/" + app).then().body("tags.stage", equalTo("prod"));

    untag(arn, "?tagKeys=stage&tagKeys=cost&tagKeys=absent").statusCode(204).body(emptyString());
    list(arn).statusCode(200).body("tags", equalTo(Map.of("team", "growth")));
    untag(arn, "?tagKeys=team").statusCode(204);
    list(arn).statusCode(200).body("tags", equalTo(Map.of()));
  }

  @Test
  void tagsASegmentACampaignAJourneyAndATemplateWhereTheirGetAnswersThem() {
    String segment = given().contentType(ContentType.JSON).body("{\"Name\":\"all\",\"Dimensions\":{}}")
        .post("/v1/apps/" + app + "/segments").then().statusCode(201).extract().path("Id");
    String campaign = given().contentType(ContentType.JSON)
        .body(CampaignsApiTest.INLINE.replace("0123456789abcdef0123456789abcdef", segment))
        .post("/v1/apps/" + app + "/campaigns").then().statusCode(201).extract().path("Id");
    String journey = given().contentType(ContentType.JSON).body("{\"Name\":\"j\"}")
        .post("/v1/apps/" + app + "/journeys").then().statusCode(201).extract().path("Id");
    given().contentType(ContentType.JSON).body("{\"Body\":\"Hi\",\"tags\":{\"a\":\"1\"}}")
        .post("/v1/templates/welcome/sms").then().statusCode(201);

    Map<String, String> resources = Map.of(
        "apps/" + app + "/segments/" + segment, "/v1/apps/" + app + "/segments/" + segment,
        "apps/" + app + "/campaigns/" + campaign, "/v1/apps/" + app + "/campaigns/" + campaign,
        "apps/" + app + "/journeys/" + journey, "/v1/apps/" + app + "/journeys/" + journey,
        "templates/welcome/SMS", "/v1/templates/welcome/sms");
    resources.forEach((resource, get) -> {
      tag(BASE + resource, "{\"tags\":{\"owner\":\"ops\"}}").statusCode(204);
      list(BASE + resource).statusCode(200).body("tags.owner", equalTo("ops"));
      given().get(get).then().statusCode(200).body("tags.owner", equalTo("ops"));
      untag(BASE + resource, "?tagKeys=owner").statusCode(204);
      given().get(get).then().statusCode(200).body("tags.owner", equalTo(null));
    });
    list(BASE + "templates/welcome/SMS").body("tags", equalTo(Map.of("a", "1")));
  }

  @Test
  void unknownResourcesAre404() {
    for (String resource : new String[] {"apps/" + MISSING, "apps/" + app + "/campaigns/" + MISSING,
        "apps/" + app + "/segments/" + MISSING, "apps/" + app + "/journeys/" + MISSING, "templates/nope/EMAIL",
        "apps/not-an-id"}) {
      assertError(list(BASE + resource), 404, "NotFoundException", "Resource not found");
      assertError(tag(BASE + resource, "{\"tags\":{\"a\":\"b\"}}"), 404, "NotFoundException", "Resource not found");
      assertError(untag(BASE + resource, "?tagKeys=a"), 404, "NotFoundException", "Resource not found");
    }
  }

  @Test
  void malformedArnsAndBadTagsAre400AndWriteNothing() {
    String arn = BASE + "apps/" + app;
    assertError(list("arn:aws:mobiletargeting:us-east-1:000000000000:recommenders/x"), 400, "BadRequestException",
        "names no taggable resource");
    assertError(list("not-an-arn"), 400, "BadRequestException", "must be an ARN");
    assertError(list("arn:aws:mobiletargeting:eu-west-1:000000000000:apps/" + app), 400, "BadRequestException",
        "eu-west-1");
    assertError(tag(arn, "{\"tags\":{\"aws:owner\":\"x\"}}"), 400, "BadRequestException", "reserved prefix aws:");
    assertError(tag(arn, "{\"tags\":{\"k\":\"" + "v".repeat(257) + "\"}}"), 400, "BadRequestException", "256");
    assertError(tag(arn, "{\"tags\":{}}"), 400, "BadRequestException", "at least one tag");
    assertError(tag(arn, "{}"), 400, "BadRequestException", "at least one tag");
    assertError(tag(arn, ""), 400, "BadRequestException", "at least one tag");
    assertError(tag(arn, "{\"tags\":{\"k\":null}}"), 400, "BadRequestException", "must be a string");
    assertError(tag(arn, "{\"tags\":[\"k\"]}"), 400, "BadRequestException", "");
    assertError(untag(arn, ""), 400, "BadRequestException", "tagKeys");
    StringBuilder many = new StringBuilder("{\"tags\":{");
    for (int i = 0; i < 51; i++) {
      many.append(i == 0 ? "" : ",").append("\"k").append(i).append("\":\"v\"");
    }
    assertError(tag(arn, many.append("}}").toString()), 400, "BadRequestException", "at most 50");
    assertEquals(Map.of(), apps.memory.find(app).orElseThrow().tags());
  }

  @Test
  void otherMethodsOnTheTagsPathAre405() {
    assertError(given().urlEncodingEnabled(false).contentType(ContentType.JSON).body("{}")
        .put(path(BASE + "apps/" + app)).then(), 405, "MethodNotAllowedException", "");
  }
}
