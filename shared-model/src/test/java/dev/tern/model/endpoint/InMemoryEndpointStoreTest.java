package dev.tern.model.endpoint;

import dev.tern.model.common.Page;
import static dev.tern.model.endpoint.Fixtures.APP;
import static dev.tern.model.endpoint.Fixtures.NOW;
import static dev.tern.model.endpoint.Fixtures.endpoint;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class InMemoryEndpointStoreTest {

  private final InMemoryEndpointStore store = new InMemoryEndpointStore();

  @Test
  void putGetAndDelete() {
    Endpoint ep = endpoint("ep1", ChannelType.SMS, "u1", NOW);
    store.put(ep);
    assertEquals(Optional.of(ep), store.get(APP, "ep1"));
    assertEquals(Optional.empty(), store.get("other-app", "ep1"));
    assertEquals(Optional.of(ep), store.delete(APP, "ep1"));
    assertEquals(Optional.empty(), store.get(APP, "ep1"));
    assertEquals(Optional.empty(), store.delete(APP, "ep1"));
  }

  @Test
  void findsAndDeletesAUsersEndpoints() {
    store.put(endpoint("a", ChannelType.SMS, "u1", NOW));
    store.put(endpoint("b", ChannelType.EMAIL, "u1", NOW));
    store.put(endpoint("c", ChannelType.EMAIL, "u2", NOW));
    store.put(endpoint("d", ChannelType.EMAIL, null, NOW));

    assertEquals(Set.of("a", "b"), ids(store.endpointsOfUser(APP, "u1")));
    assertEquals(Set.of("a", "b"), ids(store.deleteUserEndpoints(APP, "u1")));
    assertEquals(List.of(), store.endpointsOfUser(APP, "u1"));
    assertTrue(store.get(APP, "c").isPresent());
    assertTrue(store.get(APP, "d").isPresent());
  }

  static Stream<Arguments> scanShapes() {
    return Stream.of(
        Arguments.of(1, 7), Arguments.of(1, 1000), Arguments.of(4, 3), Arguments.of(7, 1),
        Arguments.of(16, 50));
  }

  @ParameterizedTest(name = "{0} segments, pages of {1}: every endpoint exactly once")
  @MethodSource("scanShapes")
  void parallelScanCoversEveryEndpointOnce(int totalSegments, int limit) {
    Set<String> expected = new HashSet<>();
    for (int i = 0; i < 103; i++) {
      store.put(endpoint("ep-" + i, ChannelType.EMAIL, null, NOW));
      expected.add("ep-" + i);
    }
    store.put(new Endpoint("ep-0", "other-app", null, null, null, null, null, null, null, null, NOW, null,
        null, NOW, 0));

    List<String> seen = new ArrayList<>();
    for (int segment = 0; segment < totalSegments; segment++) {
      String token = null;
      do {
        Page<ScannedEndpoint> page = store.scan(APP, segment, totalSegments, token, limit);
        assertTrue(page.items().size() <= limit);
        page.items().forEach(e -> seen.add(e.endpoint().id()));
        token = page.nextToken();
      } while (token != null);
    }
    assertEquals(103, seen.size(), "no endpoint twice");
    assertEquals(expected, Set.copyOf(seen));
  }

  @Test
  void rejectsAnImpossibleSegment() {
    assertThrows(IllegalArgumentException.class, () -> store.scan(APP, 2, 2, null, 10));
  }

  private static Set<String> ids(List<Endpoint> endpoints) {
    return endpoints.stream().map(Endpoint::id).collect(Collectors.toSet());
  }
}
