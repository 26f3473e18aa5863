package dev.tern.api;

import static dev.tern.api.ErrorShape.assertError;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tern.model.endpoint.EndpointStatus;
import dev.tern.model.endpoint.InMemoryEndpointStore;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** UpdateEndpoint, UpdateEndpointsBatch, GetEndpoint, DeleteEndpoint, user endpoints and RemoveAttributes. */
@QuarkusTest
class EndpointsApiTest {

  static final String MISSING = "0123456789abcdef0123456789abcdef";

  @Inject TestStore apps;
  @Inject InMemoryEndpointStore endpoints;
  String appId;

  @BeforeEach
  void newApp() {
    apps.reset();
    appId = given().contentType(ContentType.JSON).body("{\"Name\":\"Shop\"}").post("/v1/apps").then().statusCode(201).extract().path("Id");
  }

  ValidatableResponse put(String path, String json) {
    return given().contentType(ContentType.JSON).body(json).when().put("/v1/apps/" + appId + path).then();
  }

  @Test
  void updateEndpointIsAcceptedWithTheRequestIdThenGetReturnsEveryMember() {
    var r = put("/endpoints/e1", """
        {"ChannelType":"EMAIL","Address":"ann@example.com","Attributes":{"plan":["pro"]},
         "Demographic":{"Locale":"en_US","Timezone":"America/New_York","Platform":"ios"},
         "Location":{"Country":"US","City":"Boston","Latitude":42.4,"Longitude":-71.1},
         "Metrics":{"score":4.5},"OptOut":"NONE","User":{"UserId":"u1","UserAttributes":{"tier":["gold"]}}}""")
        .statusCode(202).body("Message", equalTo("Accepted")).extract();
    assertEquals(r.header("x-amzn-RequestId"), r.path("RequestID"));

    given().when().get("/v1/apps/" + appId + "/endpoints/e1").then()
        .statusCode(200)
        .body("Id", equalTo("e1"))
        .body("ApplicationId", equalTo(appId))
        .body("ChannelType", equalTo("EMAIL"))
        .body("Address", equalTo("ann@example.com"))
        .body("Attributes", equalTo(Map.of("plan", List.of("pro"))))
        .body("Demographic", equalTo(Map.of("Locale", "en_US", "Timezone", "America/New_York", "Platform", "ios")))
        .body("Location.Country", equalTo("US"))
        .body("Location.Latitude", equalTo(42.4f))
        .body("Metrics.score", equalTo(4.5f))
        .body("OptOut", equalTo("NONE"))
        .body("EndpointStatus", equalTo("ACTIVE"))
        .body("User", equalTo(Map.of("UserId", "u1", "UserAttributes", Map.of("tier", List.of("gold")))))
        .body("EffectiveDate", equalTo("2026-11-26T10:00:00.123Z"))
        .body("CreationDate", equalTo("2026-11-26T10:00:00.123Z"))
        .body("RequestId", equalTo(r.path("RequestID")))
        .body("CohortId", org.hamcrest.Matchers.matchesPattern("\\d{1,2}"));
  }

  @Test
  void aSecondUpdateMergesAndKeepsWhatItDoesNotSend() {
    put("/endpoints/e1", "{\"ChannelType\":\"SMS\",\"Address\":\"+15550100\",\"Attributes\":{\"a\":[\"1\"]}}").statusCode(202);
    put("/endpoints/e1", "{\"Attributes\":{\"b\":[\"2\"]},\"EndpointStatus\":\"INACTIVE\"}").statusCode(202);
    given().when().get("/v1/apps/" + appId + "/endpoints/e1").then()
        .statusCode(200)
        .body("Address", equalTo("+15550100"))
        .body("Attributes", equalTo(Map.of("a", List.of("1"), "b", List.of("2"))))
        .body("EndpointStatus", equalTo("INACTIVE"));
  }

  @Test
  void limitsAre400NamingTheFieldAndWriteNothing() {
    assertError(put("/endpoints/e1", "{\"Attributes\":{\"" + "n".repeat(51) + "\":[\"v\"]}}"), 400, "BadRequestException", "Attributes." + "n".repeat(51));
    assertError(put("/endpoints/e1", "{\"Attributes\":{\"a\":[\"" + "v".repeat(101) + "\"]}}"), 400, "BadRequestException", "Attributes.a[0]");
    String values = IntStream.range(0, 51).mapToObj(i -> "\"v" + i + "\"").collect(Collectors.joining(","));
    assertError(put("/endpoints/e1", "{\"User\":{\"UserAttributes\":{\"a\":[" + values + "]}}}"), 400, "BadRequestException", "User.UserAttributes.a");
    assertError(put("/endpoints/e1", "{\"ChannelType\":\"PIGEON\"}"), 400, "BadRequestException", "ChannelType");
    assertError(put("/endpoints/e1", "{\"EffectiveDate\":\"yesterday\"}"), 400, "BadRequestException", "EffectiveDate");
    assertError(put("/endpoints/e1", "{\"Metrics\":{\"m\":\"high\"}}"), 400, "BadRequestException", "Metrics.m");
    assertTrue(endpoints.get(appId, "e1").isEmpty());
  }

  @Test
  void theTwoHundredFiftyFirstCustomAttributeOfTheAppIs400() {
    String attrs = IntStream.range(0, 250).mapToObj(i -> "\"a" + i + "\":[\"v\"]").collect(Collectors.joining(","));
    put("/endpoints/e1", "{\"Attributes\":{" + attrs + "}}").statusCode(202);
    assertError(put("/endpoints/e2", "{\"Metrics\":{\"one-more\":1}}"), 400, "BadRequestException", "Metrics.one-more");
  }

  @Test
  void batchWritesEveryItemOrNone() {
    put("/endpoints", "{\"Item\":[{\"Id\":\"b1\",\"ChannelType\":\"EMAIL\",\"Address\":\"a@x.io\"},{\"Id\":\"b2\",\"ChannelType\":\"SMS\",\"Address\":\"+1555\"}]}")
        .statusCode(202).body("Message", equalTo("Accepted"));
    assertTrue(endpoints.get(appId, "b1").isPresent() && endpoints.get(appId, "b2").isPresent());

    assertError(put("/endpoints", "{\"Item\":[{\"Id\":\"b3\"},{\"ChannelType\":\"SMS\"},{\"Id\":\"b5\",\"OptOut\":\"SOME\"}]}"),
        400, "BadRequestException", "Item[2].OptOut");
    assertError(put("/endpoints", "{\"Item\":[{\"Id\":\"b3\"},{\"ChannelType\":\"SMS\"}]}"), 400, "BadRequestException", "Item[1].Id");
    assertTrue(endpoints.get(appId, "b3").isEmpty());
  }

  @Test
  void batchOfMoreThanAHundredItemsIs400() {
    String items = IntStream.range(0, 101).mapToObj(i -> "{\"Id\":\"e" + i + "\"}").collect(Collectors.joining(","));
    assertError(put("/endpoints", "{\"Item\":[" + items + "]}"), 400, "BadRequestException", "at most 100");
    assertError(put("/endpoints", "{}"), 400, "BadRequestException", "Item");
  }

  @Test
  void userEndpointsAreListedAndDeletedTogether() {
    put("/endpoints/e1", "{\"ChannelType\":\"EMAIL\",\"Address\":\"a\",\"User\":{\"UserId\":\"u1\"}}").statusCode(202);
    put("/endpoints/e2", "{\"ChannelType\":\"SMS\",\"Address\":\"b\",\"User\":{\"UserId\":\"u1\"}}").statusCode(202);
    put("/endpoints/e3", "{\"ChannelType\":\"SMS\",\"Address\":\"c\",\"User\":{\"UserId\":\"u2\"}}").statusCode(202);

    given().when().get("/v1/apps/" + appId + "/users/u1").then().statusCode(200).body("Item.Id", equalTo(List.of("e1", "e2")));
    given().when().delete("/v1/apps/" + appId + "/users/u1").then().statusCode(202).body("Item", hasSize(2));
    assertError(given().when().get("/v1/apps/" + appId + "/users/u1").then(), 404, "NotFoundException", "u1");
    given().when().get("/v1/apps/" + appId + "/users/u2").then().statusCode(200).body("Item", hasSize(1));
  }

  @Test
  void theSixteenthEndpointOfAUserFollowsPinpointsPerChannelRule() {
    put("/endpoints/push", "{\"ChannelType\":\"APNS\",\"Address\":\"tok\",\"EffectiveDate\":\"2026-01-01T00:00:00Z\",\"User\":{\"UserId\":\"u1\"}}").statusCode(202);
    for (int i = 1; i < 15; i++) {
      put("/endpoints/e" + i, "{\"ChannelType\":\"EMAIL\",\"Address\":\"a" + i + "\",\"User\":{\"UserId\":\"u1\"}}").statusCode(202);
    }
    assertError(put("/endpoints/sms", "{\"ChannelType\":\"SMS\",\"Address\":\"+1\",\"User\":{\"UserId\":\"u1\"}}"), 400, "BadRequestException", "User.UserId");
    put("/endpoints/gcm", "{\"ChannelType\":\"GCM\",\"Address\":\"t2\",\"User\":{\"UserId\":\"u1\"}}").statusCode(202);
    assertEquals(EndpointStatus.INACTIVE, endpoints.get(appId, "push").orElseThrow().endpointStatus());
    given().when().get("/v1/apps/" + appId + "/endpoints/push").then().body("$", not(hasKey("User")));
  }

  @Test
  void deleteEndpointAnswers202WithTheDeletedEndpointThenItIs404() {
    put("/endpoints/e1", "{\"ChannelType\":\"EMAIL\",\"Address\":\"a\"}").statusCode(202);
    given().when().delete("/v1/apps/" + appId + "/endpoints/e1").then().statusCode(202).body("Id", equalTo("e1")).body("Address", equalTo("a"));
    assertError(given().when().get("/v1/apps/" + appId + "/endpoints/e1").then(), 404, "NotFoundException", "e1");
    assertError(given().when().delete("/v1/apps/" + appId + "/endpoints/e1").then(), 404, "NotFoundException", "e1");
  }

  @Test
  void endpointIdsAreUrlDecoded() {
    given().urlEncodingEnabled(false).contentType(ContentType.JSON).body("{\"Address\":\"x\"}").when()
        .put("/v1/apps/" + appId + "/endpoints/ep%201%2Fx").then().statusCode(202);
    assertTrue(endpoints.get(appId, "ep 1/x").isPresent());
  }

  @Test
  void unknownAppIs404() {
    assertError(given().contentType(ContentType.JSON).body("{}").when().put("/v1/apps/" + MISSING + "/endpoints/e1").then(), 404, "NotFoundException", MISSING);
    assertError(given().when().get("/v1/apps/" + MISSING + "/users/u1").then(), 404, "NotFoundException", MISSING);
  }

  @Test
  void removeAttributesReturnsTheRemovedNames() {
    put("/endpoints/e1", "{\"Attributes\":{\"plan\":[\"a\"],\"plan2\":[\"b\"],\"team\":[\"c\"]}}").statusCode(202);
    put("/attributes/endpoint-custom-attributes", "{\"Blacklist\":[\"plan*\"]}").statusCode(200)
        .body("ApplicationId", equalTo(appId))
        .body("AttributeType", equalTo("endpoint-custom-attributes"))
        .body("Attributes", equalTo(List.of("plan", "plan2")));
    assertError(put("/attributes/nonsense", "{\"Blacklist\":[\"x\"]}"), 400, "BadRequestException", "attribute-type");
  }

  @Test
  void wrongMethodOnAnEndpointIs405() {
    assertError(given().when().post("/v1/apps/" + appId + "/endpoints/e1").then(), 405, "MethodNotAllowedException", "POST");
  }
}
