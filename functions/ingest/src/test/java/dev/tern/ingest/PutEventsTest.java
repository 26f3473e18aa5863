package dev.tern.ingest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tern.model.app.App;
import dev.tern.model.app.InMemoryAppStore;
import dev.tern.model.endpoint.ChannelType;
import dev.tern.model.endpoint.InMemoryEndpointStore;
import dev.tern.model.event.InMemoryEventQueue;
import dev.tern.model.event.RecordedEvent;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** PutEvents through the fixtures of events/ingest/ (as Lambda delivers them) and through plain HTTP. */
@QuarkusTest
class PutEventsTest {

  static final String APP = "0123456789abcdef0123456789abcdef";
  static final Path EVENTS = Path.of("../../events/ingest");
  static final ObjectMapper JSON = new ObjectMapper();

  @Inject InMemoryAppStore apps;
  @Inject InMemoryEndpointStore endpoints;
  @Inject InMemoryEventQueue queue;

  @BeforeEach
  void reset() {
    apps.clear();
    endpoints.clear();
    queue.published.clear();
    queue.failing.clear();
    apps.create(new App(APP, "arn", "Shop", Map.of(), TestWiring.NOW));
  }

  static JsonNode invoke(String fixture) throws Exception {
    byte[] raw = given().contentType("application/json").body(Files.readAllBytes(EVENTS.resolve(fixture)))
        .when().post("/_lambda_").then().statusCode(200).extract().asByteArray();
    JsonNode response = JSON.readTree(raw);
    String body = response.path("body").asText();
    if (response.path("isBase64Encoded").asBoolean()) {
      body = new String(Base64.getDecoder().decode(body));
    }
    ((com.fasterxml.jackson.databind.node.ObjectNode) response).set("json", JSON.readTree(body));
    return response;
  }

  static ValidatableResponse post(String app, String json) {
    return given().contentType(ContentType.JSON).body(json).when().post("/v1/apps/" + app + "/events").then();
  }

  @Test
  void sessionPurchaseAndCustomEventsAreAcceptedQueuedAndTheEndpointUpserted() throws Exception {
    JsonNode r = invoke("http-put-events-ok.json");
    assertEquals(202, r.path("statusCode").asInt(), r.toString());
    JsonNode item = r.path("json").path("Results").path("device-1");
    assertEquals(202, item.path("EndpointItemResponse").path("StatusCode").asInt());
    assertEquals("Accepted", item.path("EndpointItemResponse").path("Message").asText());
    for (String id : new String[] {"ev-session", "ev-purchase", "ev-custom"}) {
      assertEquals(202, item.path("EventsItemResponse").path(id).path("StatusCode").asInt(), id);
    }
    assertEquals(3, queue.published.size());
    RecordedEvent purchase = queue.published.stream().filter(e -> e.event().id().equals("ev-purchase")).findFirst().orElseThrow();
    assertEquals("_monetization.purchase", purchase.event().eventType());
    assertEquals(9.99, purchase.event().metrics().get("_item_price"));
    assertEquals("sku-1", purchase.event().attributes().get("_product_id"));
    assertEquals(Instant.parse("2026-11-26T09:59:30Z"), purchase.event().timestamp());
    assertEquals(TestWiring.NOW, purchase.receivedAt());
    assertEquals("s-1", queue.published.get(0).event().session().id());

    var endpoint = endpoints.get(APP, "device-1").orElseThrow();
    assertEquals(ChannelType.GCM, endpoint.channelType());
    assertEquals("user-1", endpoint.userId());
  }

  @Test
  void oneBadEventNeverRejectsItsNeighboursAndAllAnswersComeInOne202() throws Exception {
    JsonNode r = invoke("http-put-events-mixed-invalid.json");
    assertEquals(202, r.path("statusCode").asInt(), r.toString());
    JsonNode item = r.path("json").path("Results").path("device-1");
    assertEquals(400, item.path("EndpointItemResponse").path("StatusCode").asInt());
    assertTrue(item.path("EndpointItemResponse").path("Message").asText().contains("Endpoint.ChannelType"));
    JsonNode events = item.path("EventsItemResponse");
    assertEquals(202, events.path("ev-good").path("StatusCode").asInt());
    assertEquals(400, events.path("ev-no-type").path("StatusCode").asInt());
    assertTrue(events.path("ev-no-type").path("Message").asText().contains("EventType"));
    assertTrue(events.path("ev-bad-date").path("Message").asText().contains("Timestamp"));
    assertTrue(events.path("ev-bad-metric").path("Message").asText().contains("Metrics.m"));
    assertEquals(1, queue.published.size());
    assertTrue(endpoints.get(APP, "device-1").isEmpty());
  }

  @Test
  void eventsTheQueueRefusesAre500sTheClientRetries() {
    queue.failing.add("b");
    post(APP, "{\"BatchItem\":{\"d\":{\"Endpoint\":{},\"Events\":{\"a\":{\"EventType\":\"x\",\"Timestamp\":\"2026-11-26T09:00:00Z\"},"
        + "\"b\":{\"EventType\":\"x\",\"Timestamp\":\"2026-11-26T09:00:00Z\"}}}}}")
        .statusCode(202)
        .body("Results.d.EventsItemResponse.a.StatusCode", equalTo(202))
        .body("Results.d.EventsItemResponse.b.StatusCode", equalTo(500));
  }

  @Test
  void anEventThatIsNullOrNotAnObjectIsThatEventsBadRequest() {
    // Found by schemathesis: {"Events": {"id": null}} was a 500.
    post(APP, "{\"BatchItem\":{\"d\":{\"Endpoint\":{},\"Events\":{\"gone\":null,\"num\":7,\"ok\":{\"EventType\":\"x\","
        + "\"Timestamp\":\"2026-11-26T09:00:00Z\"}}}}}")
        .statusCode(202)
        .body("Results.d.EventsItemResponse.gone.StatusCode", equalTo(400))
        .body("Results.d.EventsItemResponse.gone.Message", containsString("expected an object"))
        .body("Results.d.EventsItemResponse.num.StatusCode", equalTo(400))
        .body("Results.d.EventsItemResponse.ok.StatusCode", equalTo(202));
    assertEquals(1, queue.published.size());
  }

  @Test
  void nullValuesInsideAnEventAreThatEventsBadRequestNotAServerError() {
    post(APP, "{\"BatchItem\":{\"d\":{\"Endpoint\":{\"Attributes\":{\"a\":[null]}},\"Events\":{\"a\":{\"EventType\":\"x\","
        + "\"Timestamp\":\"2026-11-26T09:00:00Z\",\"Metrics\":{\"m\":null},\"Attributes\":{\"k\":null}}}}}}")
        .statusCode(202)
        .body("Results.d.EndpointItemResponse.StatusCode", equalTo(400))
        .body("Results.d.EventsItemResponse.a.StatusCode", equalTo(400))
        .body("Results.d.EventsItemResponse.a.Message", containsString("Metrics.m"));
  }

  @Test
  void requestsBadAsAWholeAreErrorsInPinpointsShape() {
    String many = IntStream.range(0, 101)
        .mapToObj(i -> "\"e" + i + "\":{\"EventType\":\"x\",\"Timestamp\":\"2026-11-26T09:00:00Z\"}").collect(Collectors.joining(","));
    post(APP, "{\"BatchItem\":{\"d\":{\"Endpoint\":{},\"Events\":{" + many + "}}}}")
        .statusCode(400).header("x-amzn-ErrorType", "BadRequestException").body("Message", containsString("at most 100"));
    post(APP, "{}").statusCode(400).body("Message", containsString("BatchItem"));
    post(APP, "{\"BatchItem\":").statusCode(400).body("Message", containsString("Malformed JSON"));
    post("ffffffffffffffffffffffffffffffff", "{\"BatchItem\":{}}").statusCode(404).header("x-amzn-ErrorType", "NotFoundException");
    String big = "{\"BatchItem\":{\"d\":{\"Endpoint\":{\"Address\":\"" + "x".repeat(4 * 1024 * 1024) + "\"}}}}";
    post(APP, big).statusCode(413).header("x-amzn-ErrorType", "PayloadTooLargeException");
    given().when().get("/v1/apps/" + APP + "/events").then().statusCode(405).header("x-amzn-ErrorType", "MethodNotAllowedException");
    assertTrue(queue.published.isEmpty());
  }
}
