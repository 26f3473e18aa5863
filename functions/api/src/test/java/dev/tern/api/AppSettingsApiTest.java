package dev.tern.api;

import static dev.tern.api.ErrorShape.assertError;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.aMapWithSize;
import static org.hamcrest.Matchers.anEmptyMap;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** GetApplicationSettings and UpdateApplicationSettings. */
@QuarkusTest
class AppSettingsApiTest {

  static final String MISSING = "0123456789abcdef0123456789abcdef";

  @Inject TestStore store;
  String appId;

  @BeforeEach
  void newApp() {
    store.reset();
    appId = given().contentType(ContentType.JSON).body("{\"Name\":\"Shop\"}").post("/v1/apps").then().statusCode(201).extract().path("Id");
  }

  ValidatableResponse put(String json) {
    return given().contentType(ContentType.JSON).body(json).when().put("/v1/apps/" + appId + "/settings").then();
  }

  @Test
  void neverWrittenSettingsAreEmptyMembersModifiedAtCreation() {
    given().when().get("/v1/apps/" + appId + "/settings").then()
        .statusCode(200)
        .body("ApplicationId", equalTo(appId))
        .body("CampaignHook", anEmptyMap())
        .body("Limits", anEmptyMap())
        .body("QuietTime", anEmptyMap())
        .body("LastModifiedDate", equalTo("2026-11-26T10:00:00.123Z"))
        .body("$", not(hasKey("JourneyLimits")))
        .body("$", aMapWithSize(5));
  }

  @Test
  void updateEchoesEveryModelledMemberButNotTheWriteOnlyFlags() {
    put("""
        {"CampaignHook":{"LambdaFunctionName":"arn:aws:lambda:us-east-1:123456789012:function:hook","Mode":"FILTER"},
         "CloudWatchMetricsEnabled":true,"EventTaggingEnabled":false,
         "Limits":{"Daily":10,"MaximumDuration":60,"MessagesPerSecond":20000,"Total":100,"Session":3},
         "QuietTime":{"Start":"22:00","End":"07:00"},
         "JourneyLimits":{"DailyCap":5,"TotalCap":0,"TimeframeCap":{"Cap":7,"Days":30}}}""")
        .statusCode(200)
        .body("ApplicationId", equalTo(appId))
        .body("CampaignHook", equalTo(Map.of("LambdaFunctionName", "arn:aws:lambda:us-east-1:123456789012:function:hook", "Mode", "FILTER")))
        .body("Limits", equalTo(Map.of("Daily", 10, "MaximumDuration", 60, "MessagesPerSecond", 20000, "Total", 100, "Session", 3)))
        .body("QuietTime", equalTo(Map.of("Start", "22:00", "End", "07:00")))
        .body("JourneyLimits", equalTo(Map.of("DailyCap", 5, "TotalCap", 0, "TimeframeCap", Map.of("Cap", 7, "Days", 30))))
        .body("LastModifiedDate", equalTo("2026-11-26T10:00:00.123Z"))
        .body("$", not(hasKey("CloudWatchMetricsEnabled")))
        .body("$", not(hasKey("EventTaggingEnabled")));
    assertEquals(true, store.memory.findSettings(appId).orElseThrow().cloudWatchMetricsEnabled());
  }

  @Test
  void updateKeepsMembersItOmits() {
    put("{\"QuietTime\":{\"Start\":\"22:00\",\"End\":\"07:00\"}}").statusCode(200);
    put("{\"Limits\":{\"Daily\":4}}").statusCode(200);

    given().when().get("/v1/apps/" + appId + "/settings").then()
        .statusCode(200)
        .body("QuietTime", equalTo(Map.of("Start", "22:00", "End", "07:00")))
        .body("Limits", equalTo(Map.of("Daily", 4)));
  }

  @Test
  void outOfRangeValuesAre400NamingTheFieldAndWriteNothing() {
    assertError(put("{\"Limits\":{\"Daily\":101}}"), 400, "BadRequestException", "Limits.Daily");
    assertError(put("{\"Limits\":{\"MessagesPerSecond\":0}}"), 400, "BadRequestException", "Limits.MessagesPerSecond");
    assertError(put("{\"Limits\":{\"MaximumDuration\":59}}"), 400, "BadRequestException", "Limits.MaximumDuration");
    assertError(put("{\"QuietTime\":{\"Start\":\"25:00\",\"End\":\"07:00\"}}"), 400, "BadRequestException", "QuietTime.Start");
    assertError(put("{\"JourneyLimits\":{\"TimeframeCap\":{\"Days\":31}}}"), 400, "BadRequestException", "JourneyLimits.TimeframeCap.Days");
    // A valid member beside an invalid one is not written either.
    assertError(put("{\"QuietTime\":{\"Start\":\"22:00\",\"End\":\"07:00\"},\"Limits\":{\"Total\":101}}"), 400, "BadRequestException", "Limits.Total");
    assertTrue(store.memory.findSettings(appId).isEmpty());
  }

  @Test
  void wrongTypesAre400NamingTheField() {
    assertError(put("{\"Limits\":{\"Daily\":1.5}}"), 400, "BadRequestException", "Limits.Daily: expected an integer");
    assertError(put("{\"Limits\":{\"Daily\":\"many\"}}"), 400, "BadRequestException", "Limits.Daily");
    assertError(put("{\"CampaignHook\":{\"Mode\":\"NOPE\"}}"), 400, "BadRequestException", "CampaignHook.Mode: expected one of [DELIVERY, FILTER]");
    assertError(put("{\"CloudWatchMetricsEnabled\":\"yes\"}"), 400, "BadRequestException", "CloudWatchMetricsEnabled");
    assertError(put("{\"Limits\":[]}"), 400, "BadRequestException", "Limits: expected an object");
    assertError(put("{\"Limits\":"), 400, "BadRequestException", "Malformed JSON");
    assertTrue(store.memory.findSettings(appId).isEmpty());
  }

  @Test
  void anEmptyBodyIs400() {
    assertError(put(""), 400, "BadRequestException", "WriteApplicationSettingsRequest");
  }

  @Test
  void settingsOfAnUnknownAppAre404() {
    assertError(given().when().get("/v1/apps/" + MISSING + "/settings").then(), 404, "NotFoundException", MISSING);
    assertError(given().contentType(ContentType.JSON).body("{}").when().put("/v1/apps/" + MISSING + "/settings").then(),
        404, "NotFoundException", MISSING);
  }

  @Test
  void deletingTheAppDeletesItsSettings() {
    put("{\"Limits\":{\"Daily\":4}}").statusCode(200);
    given().when().delete("/v1/apps/" + appId).then().statusCode(200);

    assertTrue(store.memory.findSettings(appId).isEmpty());
    assertError(given().when().get("/v1/apps/" + appId + "/settings").then(), 404, "NotFoundException", appId);
  }

  @Test
  void wrongMethodOnSettingsIs405() {
    assertError(given().when().post("/v1/apps/" + appId + "/settings").then(), 405, "MethodNotAllowedException", "POST");
  }
}
