package dev.tern.api;

import static dev.tern.api.ErrorShape.assertError;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tern.model.segment.InMemorySegmentStore;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The seven segment operations through the mock Lambda event server (API Gateway v2 events). */
@QuarkusTest
class SegmentsApiTest {

  static final String MISSING = "0123456789abcdef0123456789abcdef";

  /** Every kind of dimension, as a client would send it. */
  static final String EVERY_DIMENSION = """
      {"Name":"Engaged iOS","tags":{"team":"growth"},"Dimensions":{
        "Demographic":{"Platform":{"DimensionType":"INCLUSIVE","Values":["ios"]},
                       "Channel":{"Values":["APNS","EMAIL"]},
                       "Make":{"DimensionType":"EXCLUSIVE","Values":["Acme"]},
                       "Model":{"Values":["X"]},"AppVersion":{"Values":["1.2"]}},
        "Attributes":{"plan":{"AttributeType":"CONTAINS","Values":["pro"]},
                      "signup":{"AttributeType":"BETWEEN","Values":["2026-01-01T00:00:00Z","2026-02-01T00:00:00Z"]}},
        "UserAttributes":{"tier":{"AttributeType":"EXCLUSIVE","Values":["free"]}},
        "Metrics":{"score":{"ComparisonOperator":"GREATER_THAN","Value":2.5}},
        "Behavior":{"Recency":{"Duration":"DAY_7","RecencyType":"ACTIVE"}},
        "Location":{"Country":{"Values":["FR"]},
                    "GPSPoint":{"Coordinates":{"Latitude":48.85,"Longitude":2.35},"RangeInKilometers":10}}}}
      """;

  @Inject TestStore apps;
  @Inject InMemorySegmentStore segments;

  String app;

  @BeforeEach
  void reset() {
    apps.reset();
    segments.clear();
    app = AppsApiTest.createApp("Shop");
  }

  ValidatableResponse create(String json) {
    return given().contentType(ContentType.JSON).body(json).when().post("/v1/apps/" + app + "/segments").then();
  }

  ValidatableResponse update(String id, String json) {
    return given().contentType(ContentType.JSON).body(json).when().put("/v1/apps/" + app + "/segments/" + id).then();
  }

  String createSegment(String name) {
    return create("{\"Name\":\"" + name + "\",\"Dimensions\":{\"Demographic\":{\"Platform\":{\"Values\":[\"ios\"]}}}}")
        .statusCode(201).extract().path("Id");
  }

  @Test
  void createSegmentAnswers201AndEchoesEveryDimension() {
    create(EVERY_DIMENSION)
        .statusCode(201)
        .body("Id", matchesPattern("[0-9a-f]{32}"))
        .body("ApplicationId", equalTo(app))
        .body("Arn", matchesPattern("arn:aws:mobiletargeting:us-east-1:000000000000:apps/" + app + "/segments/[0-9a-f]{32}"))
        .body("Name", equalTo("Engaged iOS"))
        .body("SegmentType", equalTo("DIMENSIONAL"))
        .body("Version", equalTo(1))
        .body("CreationDate", equalTo("2026-11-26T10:00:00.123Z"))
        .body("LastModifiedDate", equalTo("2026-11-26T10:00:00.123Z"))
        .body("tags", equalTo(Map.of("team", "growth")))
        .body("$", not(hasKey("SegmentGroups")))
        .body("Dimensions.Demographic.Platform.Values", contains("ios"))
        .body("Dimensions.Demographic.Channel.DimensionType", equalTo("INCLUSIVE"))
        .body("Dimensions.Demographic.Make.DimensionType", equalTo("EXCLUSIVE"))
        .body("Dimensions.Attributes.signup.AttributeType", equalTo("BETWEEN"))
        .body("Dimensions.UserAttributes.tier.Values", contains("free"))
        .body("Dimensions.Metrics.score.ComparisonOperator", equalTo("GREATER_THAN"))
        .body("Dimensions.Metrics.score.Value", equalTo(2.5f))
        .body("Dimensions.Behavior.Recency.Duration", equalTo("DAY_7"))
        .body("Dimensions.Location.GPSPoint.Coordinates.Latitude", equalTo(48.85f))
        .body("Dimensions.Location.GPSPoint.RangeInKilometers", equalTo(10.0f))
        .body("Dimensions.Location.Country.Values", contains("FR"));
  }

  @Test
  void segmentGroupsRoundTrip() {
    String base = createSegment("iOS");
    String json = "{\"Name\":\"Built\",\"SegmentGroups\":{\"Include\":\"ANY\",\"Groups\":[{\"Type\":\"ANY\","
        + "\"SourceType\":\"ALL\",\"SourceSegments\":[{\"Id\":\"" + base + "\",\"Version\":1}],"
        + "\"Dimensions\":[{\"Attributes\":{\"plan\":{\"Values\":[\"pro\"]}}}]}]}}";
    String id = create(json).statusCode(201)
        .body("$", not(hasKey("Dimensions")))
        .body("SegmentGroups.Include", equalTo("ANY"))
        .body("SegmentGroups.Groups[0].SourceSegments[0].Id", equalTo(base))
        .body("SegmentGroups.Groups[0].SourceSegments[0].Version", equalTo(1))
        .body("SegmentGroups.Groups[0].Dimensions[0].Attributes.plan.AttributeType", equalTo("INCLUSIVE"))
        .extract().path("Id");
    given().get("/v1/apps/" + app + "/segments/" + id).then().statusCode(200)
        .body("SegmentGroups.Groups[0].Type", equalTo("ANY"));
  }

  @Test
  void updateCreatesANewVersionAndOldVersionsStayReadable() {
    String id = createSegment("iOS");
    update(id, "{\"Name\":\"Apple\",\"tags\":{\"ignored\":\"on update\"}}").statusCode(200)
        .body("Version", equalTo(2))
        .body("Name", equalTo("Apple"))
        .body("tags", equalTo(Map.of()))
        .body("Dimensions.Demographic.Platform.Values", contains("ios"));
    update(id, "{\"Dimensions\":{\"Demographic\":{\"Platform\":{\"Values\":[\"android\"]}}}}").statusCode(200)
        .body("Version", equalTo(3))
        .body("Name", equalTo("Apple"));

    String base = "/v1/apps/" + app + "/segments/" + id;
    given().get(base).then().statusCode(200).body("Version", equalTo(3));
    given().get(base + "/versions/1").then().statusCode(200)
        .body("Version", equalTo(1)).body("Name", equalTo("iOS"));
    given().get(base + "/versions").then().statusCode(200)
        .body("Item.Version", contains(3, 2, 1))
        .body("$", not(hasKey("NextToken")));
  }

  @Test
  void listsPageWithTokens() {
    List<String> created = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      created.add(createSegment("s" + i));
    }
    List<String> seen = new ArrayList<>();
    String token = null;
    do {
      var request = given().queryParam("page-size", "2");
      if (token != null) {
        request.queryParam("token", token);
      }
      var r = request.get("/v1/apps/" + app + "/segments").then().statusCode(200).extract();
      seen.addAll(r.path("Item.Id"));
      token = r.path("NextToken");
    } while (token != null);
    assertEquals(created.stream().sorted().toList(), seen);
    assertError(given().queryParam("token", "bogus").get("/v1/apps/" + app + "/segments").then(),
        400, "BadRequestException", "token");
    assertError(given().queryParam("page-size", "x").get("/v1/apps/" + app + "/segments").then(),
        400, "BadRequestException", "page-size");
  }

  @Test
  void deleteReturnsTheSegmentAndRemovesEveryVersion() {
    String id = createSegment("iOS");
    update(id, "{\"Name\":\"v2\"}").statusCode(200);
    String base = "/v1/apps/" + app + "/segments/" + id;
    given().delete(base).then().statusCode(200).body("Id", equalTo(id)).body("Version", equalTo(2));
    assertError(given().get(base).then(), 404, "NotFoundException", id);
    assertError(given().get(base + "/versions/1").then(), 404, "NotFoundException", id);
    assertError(given().delete(base).then(), 404, "NotFoundException", id);
    given().get("/v1/apps/" + app + "/segments").then().statusCode(200).body("Item", empty());
  }

  @Test
  void unknownAppsSegmentsAndVersionsAre404() {
    assertError(given().get("/v1/apps/" + MISSING + "/segments").then(), 404, "NotFoundException", MISSING);
    assertError(given().contentType(ContentType.JSON).body("{\"Name\":\"x\"}").post("/v1/apps/" + MISSING + "/segments")
        .then(), 404, "NotFoundException", "Application");
    assertError(given().get("/v1/apps/" + app + "/segments/" + MISSING).then(), 404, "NotFoundException", MISSING);
    assertError(update(MISSING, "{\"Name\":\"x\"}"), 404, "NotFoundException", MISSING);
    assertError(given().get("/v1/apps/" + app + "/segments/" + MISSING + "/versions").then(), 404, "NotFoundException", MISSING);
    String id = createSegment("iOS");
    assertError(given().get("/v1/apps/" + app + "/segments/" + id + "/versions/9").then(), 404, "NotFoundException", "version 9");
    assertError(given().get("/v1/apps/" + app + "/segments/" + id + "/versions/latest").then(), 400, "BadRequestException", "version");
  }

  @Test
  void invalidDefinitionsAre400NamingEveryFieldAndWriteNothing() {
    assertError(create("""
        {"Name":"x","Dimensions":{
          "Demographic":{"Channel":{"DimensionType":"MAYBE","Values":["PIGEON"]}},
          "Attributes":{"signup":{"AttributeType":"AFTER","Values":["yesterday"]}},
          "Metrics":{"score":{"ComparisonOperator":"ABOUT"}},
          "Behavior":{"Recency":{"Duration":"DAY_3"}},
          "Location":{"GPSPoint":{"Coordinates":{"Latitude":95}}}}}
        """), 400, "BadRequestException", "Dimensions.Demographic.Channel.DimensionType: unknown value 'MAYBE'");
    var message = create("""
        {"Name":"x","Dimensions":{
          "Demographic":{"Channel":{"Values":["PIGEON"]}},
          "Attributes":{"signup":{"AttributeType":"AFTER","Values":["yesterday"]}},
          "Metrics":{"score":{"ComparisonOperator":"ABOUT"}},
          "Behavior":{"Recency":{"Duration":"DAY_3"}},
          "Location":{"GPSPoint":{"Coordinates":{"Latitude":95}}}}}
        """).statusCode(400).extract().<String>path("Message");
    for (String part : List.of("Dimensions.Demographic.Channel.Values[0]", "Dimensions.Attributes.signup.Values[0]",
        "Dimensions.Metrics.score.ComparisonOperator: unknown value 'ABOUT'", "Dimensions.Metrics.score.Value: is required",
        "Dimensions.Behavior.Recency.Duration: unknown value 'DAY_3'", "Dimensions.Behavior.Recency.RecencyType",
        "Dimensions.Location.GPSPoint.Coordinates.Longitude: is required",
        "Dimensions.Location.GPSPoint.Coordinates.Latitude: latitude must be between -90 and 90",
        "Dimensions.Location.GPSPoint.RangeInKilometers")) {
      org.hamcrest.MatcherAssert.assertThat(message, containsString(part));
    }
    assertError(create("{\"Name\":\"x\",\"Dimensions\":{},\"SegmentGroups\":{}}"), 400, "BadRequestException", "not both");
    assertError(create("{\"Dimensions\":{}}"), 400, "BadRequestException", "Name");
    assertError(create(""), 400, "BadRequestException", "Name");
    assertError(create("{\"Name\":\"x\",\"Dimensions\":{\"Attributes\":{\"a\":null}}}"), 400, "BadRequestException",
        "Dimensions.Attributes.a");
    assertError(create("{\"Name\":\"x\",\"Dimensions\":{\"Metrics\":{\"\":{\"ComparisonOperator\":\"EQUAL\",\"Value\":1}}}}"),
        400, "BadRequestException", "Dimensions.Metrics: an attribute or metric name cannot be empty");
    assertError(create("{\"Name\":\"x\",\"SegmentGroups\":{\"Groups\":[null]}}"), 400, "BadRequestException",
        "SegmentGroups.Groups[0]");
    assertError(create("{\"Name\":\"x\",\"SegmentGroups\":{\"Groups\":[{\"SourceSegments\":[{\"Id\":\"" + MISSING + "\"}]}]}}"),
        400, "BadRequestException", "SegmentGroups.Groups[0].SourceSegments[0]: no segment");
    assertError(create("{\"Name\":\"x\",\"Dimensions\":{\"Metrics\":{\"m\":{\"ComparisonOperator\":\"EQUAL\",\"Value\":\"high\"}}}}"),
        400, "BadRequestException", "Dimensions.Metrics.m.Value");
    given().get("/v1/apps/" + app + "/segments").then().body("Item", hasSize(0));
  }

  @Test
  void anInvalidUpdateKeepsTheStoredVersion() {
    String id = createSegment("iOS");
    assertError(update(id, "{\"Dimensions\":{\"Demographic\":{\"Platform\":{\"Values\":[]}}}}"), 400,
        "BadRequestException", "Dimensions.Demographic.Platform.Values");
    assertError(update(id, "{\"SegmentGroups\":{\"Groups\":[{\"SourceSegments\":[{\"Id\":\"" + id + "\"}]}]}}"), 400,
        "BadRequestException", "the segment being updated");
    given().get("/v1/apps/" + app + "/segments/" + id).then().body("Version", equalTo(1));
  }
}
