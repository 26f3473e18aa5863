package dev.tern.model.endpoint;

import static dev.tern.model.endpoint.Fixtures.text;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class EndpointPolicyTest {

  private static EndpointUpdate withUserAttributes(Map<String, List<String>> userAttributes) {
    return new EndpointUpdate(null, null, null, null, null, null, null,
        new EndpointUpdate.UserUpdate("u1", userAttributes), null, null, null);
  }

  private static EndpointUpdate withMetrics(Map<String, Double> metrics) {
    return new EndpointUpdate(null, null, null, null, null, metrics, null, null, null, null, null);
  }

  private static List<String> values(int count) {
    return IntStream.range(0, count).mapToObj(i -> "v" + i).toList();
  }

  static Stream<Arguments> limitEdges() {
    return Stream.of(
        Arguments.of("attribute name of 50 chars is accepted",
            Fixtures.attributes(Map.of(text(50, 'n'), List.of("x"))), null),
        Arguments.of("attribute name of 51 chars is rejected",
            Fixtures.attributes(Map.of(text(51, 'n'), List.of("x"))), "Attributes." + text(51, 'n')),
        Arguments.of("attribute value of 100 chars is accepted",
            Fixtures.attributes(Map.of("a", List.of("ok", text(100, 'v')))), null),
        Arguments.of("attribute value of 101 chars is rejected",
            Fixtures.attributes(Map.of("a", List.of("ok", text(101, 'v')))), "Attributes.a[1]"),
        Arguments.of("100 emoji are 100 characters, not 200",
            Fixtures.attributes(Map.of("a", List.of("😀".repeat(100)))), null),
        Arguments.of("50 values in an attribute are accepted",
            Fixtures.attributes(Map.of("a", values(50))), null),
        Arguments.of("51 values in an attribute are rejected",
            Fixtures.attributes(Map.of("a", values(51))), "Attributes.a"),
        Arguments.of("user attribute name of 51 chars is rejected",
            withUserAttributes(Map.of(text(51, 'u'), List.of("x"))), "User.UserAttributes." + text(51, 'u')),
        Arguments.of("user attribute value of 101 chars is rejected",
            withUserAttributes(Map.of("plan", List.of(text(101, 'v')))), "User.UserAttributes.plan[0]"),
        Arguments.of("51 values in a user attribute are rejected",
            withUserAttributes(Map.of("plan", values(51))), "User.UserAttributes.plan"),
        Arguments.of("metric name of 50 chars is accepted", withMetrics(Map.of(text(50, 'm'), 1.0)), null),
        Arguments.of("metric name of 51 chars is rejected",
            withMetrics(Map.of(text(51, 'm'), 1.0)), "Metrics." + text(51, 'm')),
        Arguments.of("NaN metric is rejected", withMetrics(Map.of("m", Double.NaN)), "Metrics.m"),
        Arguments.of("empty attribute name is rejected",
            Fixtures.attributes(Map.of("", List.of("x"))), "Attributes."));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("limitEdges")
  void enforcesEndpointLimits(String name, EndpointUpdate update, String rejectedField) {
    List<String> fields = EndpointPolicy.validate(update).stream().map(Violation::field).toList();
    assertEquals(rejectedField == null ? List.of() : List.of(rejectedField), fields);
  }

  @ParameterizedTest(name = "batch of {0} items -> {1}")
  @MethodSource("batchSizes")
  void limitsBatchSize(int items, boolean accepted) {
    Optional<Violation> violation = EndpointPolicy.checkBatchSize(items);
    assertEquals(accepted, violation.isEmpty());
    violation.ifPresent(v -> assertEquals("Item", v.field()));
  }

  static Stream<Arguments> batchSizes() {
    return Stream.of(Arguments.of(1, true), Arguments.of(100, true), Arguments.of(101, false),
        Arguments.of(0, false));
  }

  @ParameterizedTest(name = "batch item prefix names the item: {0}")
  @MethodSource("prefixes")
  void prefixesBatchItemFields(String prefix) {
    List<Violation> violations =
        EndpointPolicy.validate(Fixtures.attributes(Map.of("a", values(51))), prefix);
    assertEquals(prefix + "Attributes.a", violations.get(0).field());
  }

  static Stream<String> prefixes() {
    return Stream.of("Item[7].", "");
  }

  private static Set<AttributeName> known(int count) {
    return IntStream.range(0, count)
        .mapToObj(i -> new AttributeName(AttributeName.Kind.ENDPOINT_CUSTOM, "k" + i))
        .collect(Collectors.toCollection(HashSet::new));
  }

  static Stream<Arguments> quotaCases() {
    return Stream.of(
        Arguments.of("249 known + 1 new attribute = 250 is accepted", 249,
            Fixtures.attributes(Map.of("new", List.of("x"))), null),
        Arguments.of("250 known + 1 new attribute = 251 is rejected", 250,
            Fixtures.attributes(Map.of("new", List.of("x"))), "Attributes.new"),
        Arguments.of("250 known + re-sent known name is accepted", 250,
            Fixtures.attributes(Map.of("k3", List.of("x"))), null),
        Arguments.of("250 known + new metric is rejected (metrics count)", 250,
            withMetrics(Map.of("score", 1.0)), "Metrics.score"),
        Arguments.of("250 known + new user attribute is rejected (user attributes count)", 250,
            withUserAttributes(Map.of("plan", List.of("gold"))), "User.UserAttributes.plan"),
        Arguments.of("a user attribute named like a known endpoint attribute is a new name", 250,
            withUserAttributes(Map.of("k1", List.of("gold"))), "User.UserAttributes.k1"),
        Arguments.of("250 known + name sent empty (a removal) is accepted", 250,
            Fixtures.attributes(Map.of("new", List.of())), null));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("quotaCases")
  void limitsCustomAttributesPerApplication(
      String name, int knownCount, EndpointUpdate update, String rejectedField) {
    Optional<Violation> violation = EndpointPolicy.checkAttributeQuota(known(knownCount), List.of(update));
    assertEquals(Optional.ofNullable(rejectedField), violation.map(Violation::field));
  }

  @ParameterizedTest(name = "quota counts names across a batch: {0} new names")
  @MethodSource("batchQuotaCases")
  void countsQuotaAcrossBatchItems(int newNames, String rejectedField) {
    Map<String, List<String>> first = new LinkedHashMap<>();
    Map<String, List<String>> second = new LinkedHashMap<>();
    for (int i = 0; i < newNames; i++) {
      (i % 2 == 0 ? first : second).put("n" + i, List.of("x"));
    }
    Optional<Violation> violation = EndpointPolicy.checkAttributeQuota(
        known(248), List.of(Fixtures.attributes(first), Fixtures.attributes(second)));
    assertEquals(Optional.ofNullable(rejectedField), violation.map(Violation::field));
  }

  static Stream<Arguments> batchQuotaCases() {
    // n0 and n2 go to the first item, n1 to the second: items are counted in order.
    return Stream.of(Arguments.of(2, null), Arguments.of(3, "Attributes.n1"));
  }

  @ParameterizedTest(name = "endpoint id {0} -> accepted {1}")
  @MethodSource("ids")
  void requiresEndpointId(String id, boolean accepted) {
    assertEquals(accepted, EndpointPolicy.checkEndpointId(id, "Item[0].Id").isEmpty());
  }

  static Stream<Arguments> ids() {
    return Stream.of(Arguments.of("ep-1", true), Arguments.of(" ", false), Arguments.of(null, false));
  }

  @ParameterizedTest(name = "names introduced by an update: {0}")
  @MethodSource("introduced")
  void listsIntroducedNames(String name, EndpointUpdate update, Set<AttributeName> expected) {
    assertEquals(expected, EndpointPolicy.namesIn(update));
  }

  static Stream<Arguments> introduced() {
    return Stream.of(
        Arguments.of("nothing", EndpointUpdate.EMPTY, Collections.emptySet()),
        Arguments.of("one of each kind", new EndpointUpdate(null, null, Map.of("a", List.of("1")), null, null,
                Map.of("m", 1.0), null, new EndpointUpdate.UserUpdate(null, Map.of("u", List.of("1"))),
                null, null, null),
            Set.of(new AttributeName(AttributeName.Kind.ENDPOINT_CUSTOM, "a"),
                new AttributeName(AttributeName.Kind.ENDPOINT_METRIC, "m"),
                new AttributeName(AttributeName.Kind.ENDPOINT_USER, "u"))));
  }
}
