package dev.tern.api;

import static dev.tern.api.ErrorShape.assertError;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.aMapWithSize;
import static org.hamcrest.Matchers.anEmptyMap;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** CreateApp, GetApps, GetApp, DeleteApp through the mock Lambda event server (API Gateway v2 events). */
@QuarkusTest
class AppsApiTest {

  static final String MISSING = "0123456789abcdef0123456789abcdef";

  @Inject TestStore store;

  @BeforeEach
  void resetStore() {
    store.reset();
  }

  static ValidatableResponse create(String json) {
    return given().contentType(ContentType.JSON).body(json).when().post("/v1/apps").then();
  }

  static String createApp(String name) {
    return create("{\"Name\":\"" + name + "\"}").statusCode(201).extract().path("Id");
  }

  @Test
  void createAppAnswers201WithTheApplicationResponse() {
    create("{\"Name\":\"Shop\",\"tags\":{\"team\":\"growth\"}}")
        .statusCode(201)
        .contentType(startsWith("application/json"))
        .header("x-amzn-RequestId", matchesPattern("[0-9a-f-]{36}"))
        .body("Id", matchesPattern("[0-9a-f]{32}"))
        .body("Arn", matchesPattern("arn:aws:mobiletargeting:us-east-1:000000000000:apps/[0-9a-f]{32}"))
        .body("Name", equalTo("Shop"))
        .body("tags", equalTo(Map.of("team", "growth")))
        .body("CreationDate", equalTo("2026-11-26T10:00:00.123Z"))
        .body("$", aMapWithSize(5));
  }

  @Test
  void createdAppIsStoredAndArnEndsWithItsId() {
    var r = create("{\"Name\":\"Shop\"}").statusCode(201).extract();
    String id = r.path("Id");
    assertEquals("Shop", store.memory.find(id).orElseThrow().name());
    assertEquals(r.path("Arn"), "arn:aws:mobiletargeting:us-east-1:000000000000:apps/" + id);
  }

  @Test
  void appWithoutTagsHasAnEmptyTagsObject() {
    create("{\"Name\":\"Shop\"}").statusCode(201).body("tags", anEmptyMap());
  }

  @Test
  void acceptsTheContentTypesPinpointClientsSend() {
    for (String type : new String[] {"application/json", "application/x-amz-json-1.1", "text/plain", ""}) {
      var request = given().body("{\"Name\":\"Shop\"}".getBytes()).accept("application/x-amz-json-1.1");
      if (!type.isEmpty()) {
        request.contentType(type);
      }
      request.when().post("/v1/apps").then().statusCode(201).body("Name", equalTo("Shop"));
    }
  }

  @Test
  void missingOrBlankNameIs400AndCreatesNothing() {
    assertError(create("{\"tags\":{}}"), 400, "BadRequestException", "Name");
    assertError(create("{\"Name\":\"  \"}"), 400, "BadRequestException", "Name");
    assertError(create(""), 400, "BadRequestException", "Name");
    assertEquals(List.of(), store.memory.list(10, null).items());
  }

  @Test
  void malformedJsonIs400() {
    assertError(create("{\"Name\": \"Shop\","), 400, "BadRequestException", "Malformed JSON");
    assertError(create("{\"Name\":\"Shop\"} trailing"), 400, "BadRequestException", "Malformed JSON");
  }

  @Test
  void wrongTypeIs400NamingTheMember() {
    assertError(create("{\"Name\":\"Shop\",\"tags\":[\"a\"]}"), 400, "BadRequestException", "tags: expected an object");
    assertError(create("{\"Name\":{\"a\":1}}"), 400, "BadRequestException", "Name: expected a string");
    assertEquals(List.of(), store.memory.list(10, null).items());
  }

  @Test
  void invalidTagsAre400() {
    String tooMany = IntStream.range(0, 51).mapToObj(i -> "\"k" + i + "\":\"v\"").collect(Collectors.joining(","));
    assertError(create("{\"Name\":\"Shop\",\"tags\":{" + tooMany + "}}"), 400, "BadRequestException", "at most 50");
    assertError(create("{\"Name\":\"Shop\",\"tags\":{\"aws:x\":\"v\"}}"), 400, "BadRequestException", "aws:");
  }

  @Test
  void bodyOverSevenMegabytesIs413() {
    String big = "{\"Name\":\"" + "x".repeat(7 * 1024 * 1024) + "\"}";
    assertError(create(big), 413, "PayloadTooLargeException", "exceeds");
    assertEquals(List.of(), store.memory.list(10, null).items());
  }

  @Test
  void getAppReturnsTheApp() {
    String id = createApp("Shop");
    given().when().get("/v1/apps/" + id).then()
        .statusCode(200)
        .body("Id", equalTo(id))
        .body("Name", equalTo("Shop"))
        .body("CreationDate", equalTo("2026-11-26T10:00:00.123Z"));
  }

  @Test
  void unknownAppIs404() {
    assertError(given().when().get("/v1/apps/" + MISSING).then(), 404, "NotFoundException", MISSING);
    assertError(given().when().get("/v1/apps/not-an-id").then(), 404, "NotFoundException", "not-an-id");
  }

  @Test
  void getAppsOnAnEmptyAccountIsAnEmptyItemListWithoutToken() {
    given().when().get("/v1/apps").then()
        .statusCode(200)
        .body("Item", empty())
        .body("$", not(hasKey("NextToken")));
  }

  @Test
  void getAppsPagesThroughThreePagesWithTheToken() {
    List<String> created = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      created.add(createApp("app" + i));
    }
    List<String> seen = new ArrayList<>();
    String token = null;
    int pages = 0;
    do {
      var request = given().queryParam("page-size", "3");
      if (token != null) {
        request.queryParam("token", token);
      }
      var page = request.when().get("/v1/apps").then().statusCode(200).extract();
      List<String> ids = page.path("Item.Id");
      seen.addAll(ids);
      token = page.path("NextToken");
      pages++;
    } while (token != null);

    assertEquals(3, pages);
    assertEquals(created.stream().sorted().toList(), seen.stream().sorted().toList());
    assertEquals(7, seen.stream().distinct().count());
  }

  @Test
  void getAppsPageSizeMustBeAnIntegerFrom1To1000() {
    assertError(given().queryParam("page-size", "0").when().get("/v1/apps").then(), 400, "BadRequestException", "page-size");
    assertError(given().queryParam("page-size", "1001").when().get("/v1/apps").then(), 400, "BadRequestException", "page-size");
    assertError(given().queryParam("page-size", "ten").when().get("/v1/apps").then(), 400, "BadRequestException", "page-size");
    given().queryParam("page-size", "1000").when().get("/v1/apps").then().statusCode(200);
  }

  @Test
  void aTokenTernDidNotIssueIs400() {
    assertError(given().queryParam("token", "bogus!").when().get("/v1/apps").then(), 400, "BadRequestException", "token");
  }

  @Test
  void deleteAppReturnsTheDeletedAppThenItIsGone() {
    String id = createApp("Shop");
    given().when().delete("/v1/apps/" + id).then()
        .statusCode(200)
        .body("Id", equalTo(id))
        .body("Name", equalTo("Shop"))
        .body("Arn", notNullValue());
    assertError(given().when().get("/v1/apps/" + id).then(), 404, "NotFoundException", id);
    assertError(given().when().delete("/v1/apps/" + id).then(), 404, "NotFoundException", id);
  }

  @Test
  void unknownRouteIs404() {
    assertError(given().when().get("/v1/nothing-here").then(), 404, "NotFoundException", "/v1/nothing-here");
    assertError(given().when().get("/").then(), 404, "NotFoundException", "/");
  }

  @Test
  void knownPathWithWrongMethodIs405() {
    assertError(given().when().patch("/v1/apps/" + MISSING).then(), 405, "MethodNotAllowedException", "PATCH");
    assertError(given().when().delete("/v1/apps").then(), 405, "MethodNotAllowedException", "DELETE");
  }

  @Test
  void aStoreFaultIs500InTheSameShapeWithoutInternals() {
    store.failNextCall(new IllegalStateException("dynamodb exploded: secret detail"));
    ValidatableResponse r = given().when().get("/v1/apps/" + MISSING).then();
    assertError(r, 500, "InternalServerErrorException", "Internal server error");
    r.body("Message", not(org.hamcrest.Matchers.containsString("secret")));
  }
}
