package dev.tern.model.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tern.model.app.App;
import dev.tern.model.app.InMemoryAppStore;
import dev.tern.model.common.BadRequestException;
import dev.tern.model.common.NotFoundException;
import dev.tern.model.endpoint.EndpointService;
import dev.tern.model.endpoint.EndpointUpdate;
import dev.tern.model.endpoint.InMemoryAttributeCatalog;
import dev.tern.model.endpoint.InMemoryEndpointStore;
import dev.tern.model.endpoint.Violation;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class EventIngestTest {

  static final String APP = "0123456789abcdef0123456789abcdef";
  static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");

  final InMemoryEndpointStore endpoints = new InMemoryEndpointStore();
  final InMemoryAppStore apps = new InMemoryAppStore();
  final InMemoryEventQueue queue = new InMemoryEventQueue();
  final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
  final EventIngest ingest = new EventIngest(
      new EndpointService(endpoints, new InMemoryAttributeCatalog(), apps, clock), queue, clock);

  EventIngestTest() {
    apps.create(new App(APP, "arn", "Shop", Map.of(), NOW));
  }

  static Event event(String id, String type, Map<String, String> attributes) {
    return new Event(id, type, NOW.minusSeconds(5), attributes, Map.of("_item_price", 9.99), null, null, null, null, null, null);
  }

  static EventIngest.EventInput ok(Event e) {
    return new EventIngest.EventInput(e.id(), e, List.of());
  }

  @Test
  void goodAndBadEventsOfTwoEndpointsGetTheirOwnStatusesAndOnlyGoodOnesAreQueued() {
    var results = ingest.ingest(APP, List.of(
        new EventIngest.BatchInput("e1", EndpointUpdate.EMPTY, List.of(), List.of(
            ok(event("ev1", "_monetization.purchase", Map.of("_product_id", "p1"))),
            ok(event("ev2", "", Map.of())),
            ok(event("ev3", "click", Map.of("k", "v".repeat(201)))))),
        new EventIngest.BatchInput("e2", null, List.of(new Violation("Endpoint.ChannelType", "unknown value 'X'")), List.of(
            ok(event("ev4", "_session.start", Map.of())),
            new EventIngest.EventInput("ev5", null, List.of(new Violation("Timestamp", "'x' is not an ISO-8601 date-time")))))),
        "req-1");

    assertEquals(new EventIngest.Result(202, "Accepted"), results.get("e1").endpoint());
    assertEquals(202, results.get("e1").events().get("ev1").statusCode());
    assertEquals(400, results.get("e1").events().get("ev2").statusCode());
    assertTrue(results.get("e1").events().get("ev3").message().startsWith("Attributes.k"));
    assertEquals(400, results.get("e2").endpoint().statusCode());
    assertEquals(202, results.get("e2").events().get("ev4").statusCode());
    assertTrue(results.get("e2").events().get("ev5").message().contains("Timestamp"));

    assertEquals(List.of("ev1", "ev4"), queue.published.stream().map(r -> r.event().id()).toList());
    RecordedEvent first = queue.published.get(0);
    assertEquals(RecordedEvent.VERSION, first.version());
    assertEquals(APP, first.applicationId());
    assertEquals("e1", first.endpointId());
    assertEquals(NOW, first.receivedAt());
    assertEquals("req-1", first.requestId());
    assertTrue(endpoints.get(APP, "e1").isPresent(), "the Endpoint part is upserted");
    assertTrue(endpoints.get(APP, "e2").isEmpty(), "an unreadable Endpoint part writes nothing");
  }

  @Test
  void nullAttributeOrMetricValuesAreThatEventsBadRequest() {
    java.util.Map<String, Double> metrics = new java.util.HashMap<>();
    metrics.put("m", null);
    java.util.Map<String, String> attributes = new java.util.HashMap<>();
    attributes.put("a", null);
    Event e = new Event("ev1", "x", NOW, attributes, metrics, null, null, null, null, null, null);
    var results = ingest.ingest(APP, List.of(new EventIngest.BatchInput("e1", EndpointUpdate.EMPTY, List.of(), List.of(ok(e)))), "r");
    EventIngest.Result r = results.get("e1").events().get("ev1");
    assertEquals(400, r.statusCode());
    assertTrue(r.message().contains("Metrics.m") && r.message().contains("Attributes.a"), r.message());
  }

  @Test
  void overLongEndpointOrEventIdsAreTheEventsBadRequest() {
    String longId = "x".repeat(1001);
    var results = ingest.ingest(APP, List.of(
        new EventIngest.BatchInput(longId, EndpointUpdate.EMPTY, List.of(), List.of(ok(event("ev1", "a", Map.of())))),
        new EventIngest.BatchInput("e2", EndpointUpdate.EMPTY, List.of(), List.of(ok(event(longId, "a", Map.of()))))), "r");
    assertEquals(400, results.get(longId).endpoint().statusCode());
    assertEquals(400, results.get(longId).events().get("ev1").statusCode());
    assertEquals(400, results.get("e2").events().get(longId).statusCode());
    assertTrue(queue.published.isEmpty());
  }

  @Test
  void eventsTheQueueRefusesAreRetryable500s() {
    queue.failing.add("ev2");
    var results = ingest.ingest(APP, List.of(new EventIngest.BatchInput("e1", EndpointUpdate.EMPTY, List.of(),
        List.of(ok(event("ev1", "a", Map.of())), ok(event("ev2", "b", Map.of()))))), "r");
    assertEquals(202, results.get("e1").events().get("ev1").statusCode());
    assertEquals(500, results.get("e1").events().get("ev2").statusCode());
  }

  @Test
  void moreThanAHundredEventsOrAnUnknownAppRejectTheRequest() {
    List<EventIngest.EventInput> many = IntStream.range(0, 101).mapToObj(i -> ok(event("ev" + i, "a", Map.of()))).toList();
    assertThrows(BadRequestException.class, () -> ingest.ingest(APP, List.of(new EventIngest.BatchInput("e1", null, List.of(), many)), "r"));
    assertThrows(NotFoundException.class, () -> ingest.ingest("ffffffffffffffffffffffffffffffff",
        List.of(new EventIngest.BatchInput("e1", null, List.of(), List.of())), "r"));
    assertTrue(queue.published.isEmpty());
  }
}
