package dev.tern.recorder;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tern.model.endpoint.CohortId;
import dev.tern.model.endpoint.Endpoint;
import dev.tern.model.endpoint.InMemoryEndpointStore;
import dev.tern.model.event.InMemoryEventStore;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The SQS envelopes of events/event-recorder/ fed to the function as Lambda would, through the mock event server. */
@QuarkusTest
class EventRecorderFunctionTest {

  static final String APP = "0123456789abcdef0123456789abcdef";
  static final Path EVENTS = Path.of("../../events/event-recorder");
  static final ObjectMapper JSON = new ObjectMapper();

  @Inject InMemoryEventStore events;
  @Inject InMemoryEndpointStore endpoints;

  @BeforeEach
  void reset() {
    events.events.clear();
    endpoints.clear();
    Instant created = Instant.parse("2026-11-26T09:00:00Z");
    endpoints.put(new Endpoint("device-1", APP, null, null, null, null, null, null, null, null, created, null, null, created,
        CohortId.of("device-1")));
  }

  static List<String> failures(String fixture) throws Exception {
    byte[] raw = given().contentType("application/json").body(Files.readAllBytes(EVENTS.resolve(fixture)))
        .when().post("/").then().statusCode(200).extract().asByteArray();
    JsonNode response = JSON.readTree(raw);
    List<String> ids = new ArrayList<>();
    response.path("batchItemFailures").forEach(f -> ids.add(f.path("itemIdentifier").asText()));
    return ids;
  }

  @Test
  void storesEveryEventOnceAndMovesLastActivityEvenWhenRedelivered() throws Exception {
    assertEquals(List.of(), failures("sqs-ok.json"));
    assertEquals(List.of(), failures("sqs-ok.json"));
    assertEquals(2, events.events.size());
    assertEquals(9.99, events.events.get(APP + "/ev-purchase").event().metrics().get("_item_price"));
    assertEquals("s-1", events.events.get(APP + "/ev-session").event().session().id());
    assertEquals(Optional.of(Instant.parse("2026-11-26T09:59:30Z")), endpoints.lastActivity(APP, "device-1"));
  }

  @Test
  void poisonMessagesAreReportedWithoutFailingTheirNeighbours() throws Exception {
    List<String> failed = failures("sqs-poison.json");
    assertEquals(List.of("0b5e7f3a-1111-4b7e-8c2d-000000000002", "0b5e7f3a-1111-4b7e-8c2d-000000000003"),
        failed.stream().sorted().toList());
    assertTrue(events.events.containsKey(APP + "/ev-good"));
    assertEquals(1, events.events.size());
  }
}
