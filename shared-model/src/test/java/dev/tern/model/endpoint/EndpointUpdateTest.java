package dev.tern.model.endpoint;

import static dev.tern.model.endpoint.Fixtures.APP;
import static dev.tern.model.endpoint.Fixtures.NOW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EndpointUpdateTest {

  private static final Instant LATER = NOW.plusSeconds(3600);

  private static Endpoint stored() {
    EndpointUpdate create = new EndpointUpdate(
        ChannelType.EMAIL, "a@example.com",
        Map.of("color", List.of("red", "blue"), "size", List.of("L")),
        new EndpointDemographic("1.0", "en_US", "apple", "iPhone", "15", "ios", "17", "Europe/Paris"),
        new EndpointLocation("Paris", "FR", 48.9, 2.4, "75001", "IDF"),
        Map.of("visits", 3.0, "spend", 10.5),
        OptOut.NONE,
        new EndpointUpdate.UserUpdate("u1", Map.of("plan", List.of("gold"), "tier", List.of("1"))),
        null, null, null);
    return create.applyTo(APP, "ep1", null, NOW, "api-req-1");
  }

  @Test
  void createsWithServerDefaults() {
    Endpoint created = EndpointUpdate.EMPTY.applyTo(APP, "ep9", null, NOW, "api-req-9");
    assertEquals(NOW, created.creationDate());
    assertEquals(NOW, created.effectiveDate());
    assertEquals(EndpointStatus.ACTIVE, created.endpointStatus());
    assertEquals(OptOut.NONE, created.optOut());
    assertEquals("api-req-9", created.requestId());
    assertEquals(CohortId.of("ep9"), created.cohortId());
    assertNull(created.channelType());
    assertNull(created.userId());
  }

  @Test
  void sentAttributeReplacesItsValuesAndKeepsOtherNames() {
    Endpoint updated = Fixtures.attributes(Map.of("color", List.of("green")))
        .applyTo(APP, "ep1", stored(), LATER, "api-req-2");
    assertEquals(Map.of("color", List.of("green"), "size", List.of("L")), updated.attributes());
  }

  @Test
  void attributeSentWithoutValuesIsRemoved() {
    Endpoint updated = Fixtures.attributes(Map.of("size", List.of()))
        .applyTo(APP, "ep1", stored(), LATER, "api-req-2");
    assertEquals(Map.of("color", List.of("red", "blue")), updated.attributes());
  }

  @Test
  void userAttributesMergePerNameAndUserIdIsKeptWhenNotSent() {
    EndpointUpdate update = new EndpointUpdate(null, null, null, null, null, null, null,
        new EndpointUpdate.UserUpdate(null, Map.of("plan", List.of("silver"))), null, null, null);
    Endpoint updated = update.applyTo(APP, "ep1", stored(), LATER, "api-req-2");
    assertEquals("u1", updated.userId());
    assertEquals(Map.of("plan", List.of("silver"), "tier", List.of("1")), updated.user().userAttributes());
  }

  @Test
  void metricsMergePerName() {
    EndpointUpdate update = new EndpointUpdate(null, null, null, null, null, Map.of("visits", 4.0),
        null, null, null, null, null);
    Endpoint updated = update.applyTo(APP, "ep1", stored(), LATER, "api-req-2");
    assertEquals(Map.of("visits", 4.0, "spend", 10.5), updated.metrics());
  }

  @Test
  void demographicAndLocationOverlayOnlySentMembers() {
    EndpointUpdate update = new EndpointUpdate(null, null, null,
        new EndpointDemographic("2.0", null, null, null, null, null, null, null),
        new EndpointLocation(null, null, 45.8, 4.8, null, null), null, null, null, null, null, null);
    Endpoint updated = update.applyTo(APP, "ep1", stored(), LATER, "api-req-2");
    assertEquals(new EndpointDemographic("2.0", "en_US", "apple", "iPhone", "15", "ios", "17", "Europe/Paris"),
        updated.demographic());
    assertEquals(new EndpointLocation("Paris", "FR", 45.8, 4.8, "75001", "IDF"), updated.location());
  }

  @Test
  void emptyUpdateKeepsDataAndStampsTheWrite() {
    Endpoint before = stored().withStatus(EndpointStatus.INACTIVE);
    Endpoint updated = EndpointUpdate.EMPTY.applyTo(APP, "ep1", before, LATER, "api-req-2");
    assertEquals(before.attributes(), updated.attributes());
    assertEquals(before.user(), updated.user());
    assertEquals(ChannelType.EMAIL, updated.channelType());
    assertEquals("a@example.com", updated.address());
    assertEquals(EndpointStatus.ACTIVE, updated.endpointStatus(), "an update re-activates the endpoint");
    assertEquals(LATER, updated.effectiveDate());
    assertEquals(NOW, updated.creationDate());
    assertEquals(before.cohortId(), updated.cohortId());
    assertEquals("api-req-2", updated.requestId());
  }

  @Test
  void sentStatusEffectiveDateAndRequestIdWin() {
    Instant effective = Instant.parse("2026-01-01T00:00:00Z");
    EndpointUpdate update = new EndpointUpdate(null, null, null, null, null, null, OptOut.ALL, null,
        effective, EndpointStatus.INACTIVE, "client-req");
    Endpoint updated = update.applyTo(APP, "ep1", stored(), LATER, "api-req-2");
    assertEquals(EndpointStatus.INACTIVE, updated.endpointStatus());
    assertEquals(effective, updated.effectiveDate());
    assertEquals("client-req", updated.requestId());
    assertEquals(OptOut.ALL, updated.optOut());
  }

  @Test
  void keepsAttributeOrderOfTheRequest() {
    Map<String, List<String>> ordered = new LinkedHashMap<>();
    ordered.put("z", List.of("1"));
    ordered.put("a", List.of("2"));
    Endpoint created = Fixtures.attributes(ordered).applyTo(APP, "ep2", null, NOW, "r");
    assertEquals(List.of("z", "a"), List.copyOf(created.attributes().keySet()));
  }

  @Test
  void refusesToMergeIntoAnotherEndpoint() {
    assertThrows(IllegalArgumentException.class,
        () -> EndpointUpdate.EMPTY.applyTo(APP, "other", stored(), LATER, "r"));
  }
}
