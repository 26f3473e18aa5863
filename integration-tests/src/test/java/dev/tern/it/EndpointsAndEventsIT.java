package dev.tern.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.pinpoint.PinpointClient;
import software.amazon.awssdk.services.pinpoint.model.BadRequestException;
import software.amazon.awssdk.services.pinpoint.model.ChannelType;
import software.amazon.awssdk.services.pinpoint.model.EndpointBatchItem;
import software.amazon.awssdk.services.pinpoint.model.EndpointRequest;
import software.amazon.awssdk.services.pinpoint.model.EndpointResponse;
import software.amazon.awssdk.services.pinpoint.model.EndpointUser;
import software.amazon.awssdk.services.pinpoint.model.Event;
import software.amazon.awssdk.services.pinpoint.model.EventsBatch;
import software.amazon.awssdk.services.pinpoint.model.EventsResponse;
import software.amazon.awssdk.services.pinpoint.model.ItemResponse;
import software.amazon.awssdk.services.pinpoint.model.MessageBody;
import software.amazon.awssdk.services.pinpoint.model.NotFoundException;
import software.amazon.awssdk.services.pinpoint.model.PublicEndpoint;
import software.amazon.awssdk.services.pinpoint.model.Session;

/**
 * Endpoints, users, attribute limits and PutEvents through the AWS SDK for Java v2, against the running
 * suite; the events' asynchronous recording is checked behind the API through {@link TernCloud}.
 */
class EndpointsAndEventsIT {
    private static final PinpointClient pinpoint = TernClients.pinpoint();
    private static String app;

    @BeforeAll
    static void createApp() {
        app = pinpoint.createApp(r -> r.createApplicationRequest(b -> b.name("it-endpoints"))).applicationResponse().id();
    }

    @AfterAll
    static void deleteApp() {
        pinpoint.deleteApp(r -> r.applicationId(app));
        pinpoint.close();
    }

    private static MessageBody update(String id, EndpointRequest request) {
        return pinpoint.updateEndpoint(r -> r.applicationId(app).endpointId(id).endpointRequest(request)).messageBody();
    }

    private static EndpointResponse get(String id) {
        return pinpoint.getEndpoint(r -> r.applicationId(app).endpointId(id)).endpointResponse();
    }

    @Test
    void updateGetAndDeleteAnEndpoint() {
        MessageBody accepted = update("ep-1", EndpointRequest.builder()
                .channelType(ChannelType.EMAIL).address("ann@example.com")
                .attributes(Map.of("plan", List.of("pro")))
                .metrics(Map.of("score", 4.5))
                .demographic(d -> d.locale("en_US").timezone("Europe/Paris"))
                .location(l -> l.country("FR").latitude(48.9).longitude(2.3))
                .user(u -> u.userId("ann").userAttributes(Map.of("tier", List.of("gold"))))
                .build());
        assertEquals("Accepted", accepted.message());
        assertTrue(accepted.requestID() != null && !accepted.requestID().isBlank());

        EndpointResponse e = get("ep-1");
        assertEquals("ep-1", e.id());
        assertEquals(app, e.applicationId());
        assertEquals(ChannelType.EMAIL, e.channelType());
        assertEquals("ann@example.com", e.address());
        assertEquals(Map.of("plan", List.of("pro")), e.attributes());
        assertEquals(4.5, e.metrics().get("score"));
        assertEquals("Europe/Paris", e.demographic().timezone());
        assertEquals(48.9, e.location().latitude());
        assertEquals("ann", e.user().userId());
        assertEquals("ACTIVE", e.endpointStatus());
        assertEquals("NONE", e.optOut());
        assertEquals(accepted.requestID(), e.requestId());
        int cohort = Integer.parseInt(e.cohortId());
        assertTrue(cohort >= 0 && cohort <= 99);

        // A partial update merges.
        update("ep-1", EndpointRequest.builder().attributes(Map.of("team", List.of("a"))).build());
        assertEquals(Map.of("plan", List.of("pro"), "team", List.of("a")), get("ep-1").attributes());
        assertEquals("ann@example.com", get("ep-1").address());

        EndpointResponse deleted = pinpoint.deleteEndpoint(r -> r.applicationId(app).endpointId("ep-1")).endpointResponse();
        assertEquals("ep-1", deleted.id());
        assertThrows(NotFoundException.class, () -> get("ep-1"));
    }

    @Test
    void endpointIdsWithSpacesAndSlashesRoundTrip() {
        update("ep 1/x", EndpointRequest.builder().channelType(ChannelType.SMS).address("+15550100").build());
        assertEquals("+15550100", get("ep 1/x").address());
    }

    @Test
    void batchUpsertsEveryItemAndUserEndpointsAreListedAndDeletedTogether() {
        List<EndpointBatchItem> items = IntStream.range(0, 3).mapToObj(i -> EndpointBatchItem.builder()
                .id("bob-" + i).channelType(ChannelType.EMAIL).address("bob" + i + "@example.com")
                .user(EndpointUser.builder().userId("bob").build()).build()).toList();
        assertEquals("Accepted", pinpoint.updateEndpointsBatch(r -> r.applicationId(app)
                .endpointBatchRequest(b -> b.item(items))).messageBody().message());

        List<String> ids = pinpoint.getUserEndpoints(r -> r.applicationId(app).userId("bob"))
                .endpointsResponse().item().stream().map(EndpointResponse::id).sorted().toList();
        assertEquals(List.of("bob-0", "bob-1", "bob-2"), ids);

        assertEquals(3, pinpoint.deleteUserEndpoints(r -> r.applicationId(app).userId("bob")).endpointsResponse().item().size());
        assertThrows(NotFoundException.class, () -> pinpoint.getUserEndpoints(r -> r.applicationId(app).userId("bob")));
        assertThrows(NotFoundException.class, () -> get("bob-0"));
    }

    @Test
    void limitsAreBadRequestsNamingTheField() {
        var longName = assertThrows(BadRequestException.class, () -> update("ep-limits",
                EndpointRequest.builder().attributes(Map.of("n".repeat(51), List.of("v"))).build()));
        assertTrue(longName.getMessage().contains("Attributes." + "n".repeat(51)), longName.getMessage());

        var longValue = assertThrows(BadRequestException.class, () -> update("ep-limits",
                EndpointRequest.builder().attributes(Map.of("a", List.of("v".repeat(101)))).build()));
        assertTrue(longValue.getMessage().contains("Attributes.a[0]"), longValue.getMessage());

        List<EndpointBatchItem> tooMany = IntStream.range(0, 101)
                .mapToObj(i -> EndpointBatchItem.builder().id("x" + i).build()).toList();
        var batch = assertThrows(BadRequestException.class, () -> pinpoint.updateEndpointsBatch(r -> r.applicationId(app)
                .endpointBatchRequest(b -> b.item(tooMany))));
        assertTrue(batch.getMessage().contains("at most 100"), batch.getMessage());
        assertThrows(NotFoundException.class, () -> get("ep-limits"));
    }

    @Test
    void theSixteenthEmailEndpointOfAUserIsRejected() {
        List<EndpointBatchItem> fifteen = IntStream.range(0, 15).mapToObj(i -> EndpointBatchItem.builder()
                .id("carl-" + i).channelType(ChannelType.EMAIL).address("c" + i + "@example.com")
                .user(EndpointUser.builder().userId("carl").build()).build()).toList();
        pinpoint.updateEndpointsBatch(r -> r.applicationId(app).endpointBatchRequest(b -> b.item(fifteen)));

        var sixteenth = assertThrows(BadRequestException.class, () -> update("carl-15", EndpointRequest.builder()
                .channelType(ChannelType.EMAIL).address("c15@example.com").user(u -> u.userId("carl")).build()));
        assertTrue(sixteenth.getMessage().contains("User.UserId"), sixteenth.getMessage());
    }

    @Test
    void removeAttributesReleasesTheNames() {
        update("ep-attrs", EndpointRequest.builder().attributes(Map.of("legacy_a", List.of("1"), "legacy_b", List.of("2"))).build());
        var removed = pinpoint.removeAttributes(r -> r.applicationId(app).attributeType("endpoint-custom-attributes")
                .updateAttributesRequest(b -> b.blacklist("legacy_*"))).attributesResource();
        assertEquals(List.of("legacy_a", "legacy_b"), removed.attributes().stream().sorted().collect(Collectors.toList()));
        assertEquals("endpoint-custom-attributes", removed.attributeType());
    }

    @Test
    void unknownEndpointIsNotFound() {
        var e = assertThrows(NotFoundException.class, () -> get("nobody"));
        assertTrue(e.getMessage().contains("nobody"), e.getMessage());
    }

    @Test
    void putEventsAnswersEveryEventInOne202AndRecordsTheGoodOnes() throws Exception {
        String now = Instant.now().toString();
        Map<String, Event> events = Map.of(
                "ev-start", Event.builder().eventType("_session.start").timestamp(now)
                        .session(Session.builder().id("s-1").startTimestamp(now).build()).build(),
                "ev-buy", Event.builder().eventType("_monetization.purchase").timestamp(now)
                        .attributes(Map.of("_product_id", "sku-1")).metrics(Map.of("_item_price", 9.99)).build(),
                "ev-custom", Event.builder().eventType("level_complete").timestamp(now).metrics(Map.of("score", 10.0)).build(),
                "ev-no-date", Event.builder().eventType("level_complete").timestamp("yesterday").build(),
                "ev-long", Event.builder().eventType("x").timestamp(now).attributes(Map.of("k", "v".repeat(201))).build());
        EventsResponse response = pinpoint.putEvents(r -> r.applicationId(app).eventsRequest(b -> b.batchItem(Map.of(
                "dev-1", EventsBatch.builder()
                        .endpoint(PublicEndpoint.builder().channelType(ChannelType.GCM).address("fcm-1")
                                .user(EndpointUser.builder().userId("eve").build()).build())
                        .events(events).build(),
                "dev-2", EventsBatch.builder()
                        .endpoint(PublicEndpoint.builder().attributes(Map.of("n".repeat(51), List.of("v"))).build())
                        .events(Map.of("ev-2", Event.builder().eventType("click").timestamp(now).build())).build()))))
                .eventsResponse();

        ItemResponse one = response.results().get("dev-1");
        assertEquals(202, one.endpointItemResponse().statusCode());
        for (String id : List.of("ev-start", "ev-buy", "ev-custom")) {
            assertEquals(202, one.eventsItemResponse().get(id).statusCode(), id);
        }
        assertEquals(400, one.eventsItemResponse().get("ev-no-date").statusCode());
        assertTrue(one.eventsItemResponse().get("ev-no-date").message().contains("Timestamp"));
        assertEquals(400, one.eventsItemResponse().get("ev-long").statusCode());
        ItemResponse two = response.results().get("dev-2");
        assertEquals(400, two.endpointItemResponse().statusCode());
        assertEquals(202, two.eventsItemResponse().get("ev-2").statusCode());

        // The Endpoint part is an upsert through the same domain as UpdateEndpoint.
        EndpointResponse endpoint = get("dev-1");
        assertEquals(ChannelType.GCM, endpoint.channelType());
        assertEquals("eve", endpoint.user().userId());

        // Recorded asynchronously by event-recorder: the endpoint's LastActivity appears in EndpointsTable.
        TernCloud cloud = TernCloud.local();
        Assumptions.assumeTrue(cloud != null, "tern.ready (the local cloud's ready.json) is not set");
        Instant deadline = Instant.now().plusSeconds(60);
        String lastActivity = null;
        while (lastActivity == null && Instant.now().isBefore(deadline)) {
            lastActivity = cloud.lastActivityOfUser(app, "eve");
            Thread.sleep(250);
        }
        assertEquals(Instant.parse(now).truncatedTo(java.time.temporal.ChronoUnit.MILLIS), Instant.parse(lastActivity));
    }

    @Test
    void putEventsForAnUnknownAppIsNotFound() {
        assertThrows(NotFoundException.class, () -> pinpoint.putEvents(r -> r.applicationId("ffffffffffffffffffffffffffffffff")
                .eventsRequest(b -> b.batchItem(Map.of("d", EventsBatch.builder().endpoint(PublicEndpoint.builder().build())
                        .events(Map.of()).build())))));
    }
}
