package dev.tern.model.endpoint;

import static dev.tern.model.endpoint.Fixtures.NOW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tern.model.app.App;
import dev.tern.model.app.InMemoryAppStore;
import dev.tern.model.common.BadRequestException;
import dev.tern.model.common.NotFoundException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class EndpointServiceTest {

  static final String APP = "0123456789abcdef0123456789abcdef";

  final InMemoryEndpointStore store = new InMemoryEndpointStore();
  final InMemoryAttributeCatalog catalog = new InMemoryAttributeCatalog();
  final InMemoryAppStore apps = new InMemoryAppStore();
  final EndpointService service = new EndpointService(store, catalog, apps, Clock.fixed(NOW, ZoneOffset.UTC));

  EndpointServiceTest() {
    apps.create(new App(APP, "arn", "Shop", Map.of(), NOW));
  }

  static EndpointUpdate update(ChannelType channel, String address, String userId, Map<String, List<String>> attributes) {
    return new EndpointUpdate(channel, address, attributes, null, null, null, null,
        userId == null ? null : new EndpointUpdate.UserUpdate(userId, null), null, null, null);
  }

  @Test
  void updateCreatesThenMergesAndRegistersAttributeNames() {
    service.update(APP, "e1", update(ChannelType.EMAIL, "a@x.io", null, Map.of("plan", List.of("pro"))), "r1");
    service.update(APP, "e1", update(null, null, "u1", Map.of("team", List.of("a"))), "r2");

    Endpoint e = service.get(APP, "e1");
    assertEquals(ChannelType.EMAIL, e.channelType());
    assertEquals("a@x.io", e.address());
    assertEquals(Map.of("plan", List.of("pro"), "team", List.of("a")), e.attributes());
    assertEquals("u1", e.userId());
    assertEquals("r2", e.requestId());
    assertEquals(2, catalog.names(APP).size());
  }

  @Test
  void invalidFieldsAre400NamingTheFieldAndWriteNothing() {
    var e = assertThrows(BadRequestException.class, () -> service.update(APP, "e1",
        update(ChannelType.EMAIL, "a@x.io", null, Map.of("x".repeat(51), List.of("v"))), "r"));
    assertTrue(e.getMessage().contains("Attributes." + "x".repeat(51)), e.getMessage());
    assertTrue(store.get(APP, "e1").isEmpty());
    assertTrue(catalog.names(APP).isEmpty());
  }

  @Test
  void idsLongerThanAThousandBytesAre400NotAStoreFault() {
    String longId = "é".repeat(501);
    assertTrue(assertThrows(BadRequestException.class, () -> service.update(APP, longId, EndpointUpdate.EMPTY, "r"))
        .getMessage().startsWith("endpoint-id"));
    assertTrue(assertThrows(BadRequestException.class, () -> service.update(APP, "e1", update(null, null, longId, null), "r"))
        .getMessage().startsWith("User.UserId"));
    assertTrue(assertThrows(BadRequestException.class, () -> service.userEndpoints(APP, longId)).getMessage().startsWith("user-id"));
  }

  @Test
  void unknownAppIs404() {
    assertThrows(NotFoundException.class, () -> service.update("ffffffffffffffffffffffffffffffff", "e1", EndpointUpdate.EMPTY, "r"));
    assertThrows(NotFoundException.class, () -> service.get(APP, "missing"));
    assertThrows(NotFoundException.class, () -> service.delete(APP, "missing"));
  }

  @Test
  void theTwoHundredFiftyFirstAttributeNameIsRejected() {
    for (int i = 0; i < 250; i++) {
      service.update(APP, "e" + i, update(null, null, null, Map.of("a" + i, List.of("v"))), "r");
    }
    var e = assertThrows(BadRequestException.class,
        () -> service.update(APP, "e-new", update(null, null, null, Map.of("one-more", List.of("v"))), "r"));
    assertTrue(e.getMessage().startsWith("Attributes.one-more"), e.getMessage());
    // A name the app already has is still fine.
    service.update(APP, "e-new", update(null, null, null, Map.of("a7", List.of("w"))), "r");
  }

  @Test
  void batchIsAllOrNothingAndReportsEveryBadItem() {
    List<EndpointService.Item> items = List.of(
        new EndpointService.Item("ok", update(ChannelType.SMS, "+15550100", null, null)),
        new EndpointService.Item("", update(ChannelType.SMS, "+15550101", null, null)),
        new EndpointService.Item("bad", update(null, null, null, Map.of("k", List.of("v".repeat(101))))));
    var e = assertThrows(BadRequestException.class, () -> service.updateBatch(APP, items, "r"));
    assertTrue(e.getMessage().contains("Item[1].Id") && e.getMessage().contains("Item[2].Attributes.k[0]"), e.getMessage());
    assertTrue(store.get(APP, "ok").isEmpty());
  }

  @Test
  void batchOfMoreThanAHundredItemsIs400() {
    List<EndpointService.Item> items = IntStream.range(0, 101)
        .mapToObj(i -> new EndpointService.Item("e" + i, EndpointUpdate.EMPTY)).toList();
    var e = assertThrows(BadRequestException.class, () -> service.updateBatch(APP, items, "r"));
    assertTrue(e.getMessage().startsWith("Item:"), e.getMessage());
  }

  @Test
  void sixteenthEndpointOfAUserIsRejectedForEmailAndDisplacesTheOldestPushEndpointForGcm() {
    List<EndpointService.Item> fifteen = new ArrayList<>();
    for (int i = 0; i < 15; i++) {
      fifteen.add(new EndpointService.Item("e" + i, update(i == 3 ? ChannelType.GCM : ChannelType.EMAIL, "a" + i, "u1", null)));
    }
    service.updateBatch(APP, fifteen, "r");

    var e = assertThrows(BadRequestException.class, () -> service.update(APP, "e15", update(ChannelType.EMAIL, "x", "u1", null), "r"));
    assertTrue(e.getMessage().startsWith("User.UserId"), e.getMessage());

    service.update(APP, "e15", update(ChannelType.GCM, "token", "u1", null), "r");
    Endpoint displaced = store.get(APP, "e3").orElseThrow();
    assertEquals(EndpointStatus.INACTIVE, displaced.endpointStatus());
    assertEquals(null, displaced.userId());
    assertEquals(15, service.userEndpoints(APP, "u1").size());
  }

  @Test
  void batchItemsCountTowardsTheUserLimitTogether() {
    List<EndpointService.Item> sixteen = IntStream.range(0, 16)
        .mapToObj(i -> new EndpointService.Item("e" + i, update(ChannelType.SMS, "+1555" + i, "u1", null))).toList();
    var e = assertThrows(BadRequestException.class, () -> service.updateBatch(APP, sixteen, "r"));
    assertTrue(e.getMessage().startsWith("Item[15].User.UserId"), e.getMessage());
    assertTrue(store.endpointsOfUser(APP, "u1").isEmpty());
  }

  @Test
  void deleteUserEndpointsRemovesAllOfThemThenTheUserIs404() {
    service.update(APP, "e1", update(ChannelType.EMAIL, "a", "u1", null), "r");
    service.update(APP, "e2", update(ChannelType.SMS, "b", "u1", null), "r");
    service.update(APP, "e3", update(ChannelType.SMS, "c", "u2", null), "r");

    assertEquals(2, service.deleteUserEndpoints(APP, "u1").size());
    assertThrows(NotFoundException.class, () -> service.userEndpoints(APP, "u1"));
    assertTrue(store.get(APP, "e3").isPresent());
  }

  @Test
  void upsertEachKeepsGoodItemsBesideABadOne() {
    Map<String, Optional<String>> outcomes = service.upsertEach(APP, List.of(
        new EndpointService.Item("good", update(ChannelType.EMAIL, "a", null, null)),
        new EndpointService.Item("bad", update(null, null, null, Map.of("", List.of("v"))))), "r");
    assertEquals(Optional.empty(), outcomes.get("good"));
    assertTrue(outcomes.get("bad").orElseThrow().contains("Attributes."));
    assertTrue(store.get(APP, "good").isPresent());
    assertTrue(store.get(APP, "bad").isEmpty());
  }

  @Test
  void removeAttributesReleasesMatchingNamesOfThatKindOnly() {
    service.update(APP, "e1", new EndpointUpdate(null, null, Map.of("plan", List.of("a"), "plan_old", List.of("b"), "team", List.of("c")),
        null, null, Map.of("plan_score", 1.0), null, null, null, null, null), "r");

    assertEquals(List.of("plan", "plan_old"), service.removeAttributes(APP, "endpoint-custom-attributes", List.of("plan*")));
    assertEquals(2, catalog.names(APP).size());
    // Values already on endpoints are kept.
    assertEquals(List.of("a"), store.get(APP, "e1").orElseThrow().attributes().get("plan"));
    assertThrows(BadRequestException.class, () -> service.removeAttributes(APP, "endpoint-attributes", List.of("x")));
    assertThrows(BadRequestException.class, () -> service.removeAttributes(APP, "endpoint-user-attributes", List.of()));
  }

  @Test
  void globMatchesStarAndQuestionMarkAndQuotesTheRest() {
    assertTrue(EndpointService.glob("a.b*").matcher("a.bcd").matches());
    assertTrue(!EndpointService.glob("a.b*").matcher("axbcd").matches());
    assertTrue(EndpointService.glob("v?").matcher("v1").matches());
  }
}
