package dev.tern.model.segment;

import static dev.tern.model.segment.AttributeDimension.of;
import static dev.tern.model.segment.Ep.NOW;
import static dev.tern.model.segment.MatchMode.ALL;
import static dev.tern.model.segment.MatchMode.ANY;
import static dev.tern.model.segment.MatchMode.NONE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tern.model.endpoint.Endpoint;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** SegmentGroups: Include across groups, Type across dimension sets, SourceType across base segments. */
class SegmentGroupTest {

  /** Base segments by id: "vip" holds a and b, "beta" holds b and c. */
  private static final Map<String, Set<String>> BASE = Map.of("vip", Set.of("a", "b"), "beta", Set.of("b", "c"));
  private static final SegmentEngine ENGINE =
      new SegmentEngine((ref, endpoint) -> BASE.getOrDefault(ref.id(), Set.of()).contains(endpoint.id()));

  private static final SegmentDimensions RED = Scenario.attribute("color", of(AttributeType.INCLUSIVE, "red"));
  private static final SegmentDimensions LARGE = Scenario.attribute("size", of(AttributeType.INCLUSIVE, "L"));

  private static Endpoint ep(String id, String color, String size) {
    return Ep.of(id).attr("color", color).attr("size", size).build();
  }

  private static SegmentGroup dims(MatchMode type, SegmentDimensions... dimensions) {
    return new SegmentGroup(List.of(dimensions), List.of(), null, type);
  }

  private static SegmentGroup base(MatchMode sourceType, String... segmentIds) {
    return new SegmentGroup(List.of(),
        Stream.of(segmentIds).map(id -> new SegmentReference(id, null)).toList(), sourceType, null);
  }

  private static SegmentDefinition groups(MatchMode include, SegmentGroup... groups) {
    return new SegmentDefinition.Grouped(new SegmentGroupList(List.of(groups), include));
  }

  record Case(String name, SegmentDefinition definition, Endpoint endpoint, boolean matches) {
    @Override
    public String toString() {
      return name + " -> " + (matches ? "in" : "out");
    }
  }

  static Stream<Case> cases() {
    Endpoint redLarge = ep("a", "red", "L");
    Endpoint redSmall = ep("b", "red", "S");
    Endpoint blueSmall = ep("c", "blue", "S");
    Endpoint blueLarge = ep("d", "blue", "L");
    return Stream.of(
        new Case("Type ALL: red and large", groups(ALL, dims(ALL, RED, LARGE)), redLarge, true),
        new Case("Type ALL: red but small", groups(ALL, dims(ALL, RED, LARGE)), redSmall, false),
        new Case("Type ANY: red but small", groups(ALL, dims(ANY, RED, LARGE)), redSmall, true),
        new Case("Type ANY: neither", groups(ALL, dims(ANY, RED, LARGE)), blueSmall, false),
        new Case("Type NONE: neither red nor large", groups(ALL, dims(NONE, RED, LARGE)), blueSmall, true),
        new Case("Type NONE: large", groups(ALL, dims(NONE, RED, LARGE)), blueLarge, false),
        new Case("Include ALL: both groups", groups(ALL, dims(ALL, RED), dims(ALL, LARGE)), redLarge, true),
        new Case("Include ALL: one group", groups(ALL, dims(ALL, RED), dims(ALL, LARGE)), blueLarge, false),
        new Case("Include ANY: one group", groups(ANY, dims(ALL, RED), dims(ALL, LARGE)), blueLarge, true),
        new Case("Include ANY: no group", groups(ANY, dims(ALL, RED), dims(ALL, LARGE)), blueSmall, false),
        new Case("Include NONE: no group", groups(NONE, dims(ALL, RED), dims(ALL, LARGE)), blueSmall, true),
        new Case("Include NONE: one group", groups(NONE, dims(ALL, RED), dims(ALL, LARGE)), redSmall, false),
        new Case("SourceType ANY: in vip", groups(ALL, base(ANY, "vip", "beta")), redLarge, true),
        new Case("SourceType ANY: in neither", groups(ALL, base(ANY, "vip", "beta")), blueLarge, false),
        new Case("SourceType ALL: in vip and beta", groups(ALL, base(ALL, "vip", "beta")), redSmall, true),
        new Case("SourceType ALL: only in vip", groups(ALL, base(ALL, "vip", "beta")), redLarge, false),
        new Case("SourceType NONE: in neither", groups(ALL, base(NONE, "vip", "beta")), blueLarge, true),
        new Case("SourceType NONE: in beta", groups(ALL, base(NONE, "vip", "beta")), blueSmall, false),
        new Case("dimensions filter the base segment: vip and red",
            groups(ALL, new SegmentGroup(List.of(RED), List.of(new SegmentReference("vip", 3)), ANY, ALL)), redSmall, true),
        new Case("dimensions filter the base segment: red but not vip",
            groups(ALL, new SegmentGroup(List.of(RED), List.of(new SegmentReference("vip", 3)), ANY, ALL)),
            ep("e", "red", "S"), false),
        new Case("dimensions filter the base segment: vip but not red",
            groups(ALL, new SegmentGroup(List.of(RED), List.of(new SegmentReference("beta", null)), ANY, ALL)),
            blueSmall, false),
        new Case("console shape: group 1 red, group 2 excludes beta",
            groups(ALL, dims(ALL, RED), base(NONE, "beta")), redLarge, true),
        new Case("console shape: red but in excluded beta",
            groups(ALL, dims(ALL, RED), base(NONE, "beta")), redSmall, false),
        new Case("null modes read ALL", groups(null, new SegmentGroup(List.of(RED, LARGE), null, null, null)),
            redSmall, false),
        new Case("no groups: every endpoint", groups(ANY), blueSmall, true),
        new Case("group without base or dimensions: every endpoint", groups(ALL, new SegmentGroup(null, null, null, null)),
            blueSmall, true));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void groupLogic(Case c) {
    assertEquals(c.matches(), ENGINE.matches(c.definition(), c.endpoint(), NOW, NOW));
  }

  @Test
  void criteriaInOneDimensionsObjectAreAnded() {
    SegmentDimensions redAndEmail = new SegmentDimensions(
        Map.of("color", of(AttributeType.INCLUSIVE, "red")), null,
        new SegmentDemographics(null, SetDimension.inclusive("SMS"), null, null, null, null), null, null, null);
    Endpoint redEmail = ep("a", "red", "L");
    assertEquals(false, ENGINE.matches(new SegmentDefinition.Dimensional(redAndEmail), redEmail, NOW, NOW));
    assertTrue(ENGINE.matches(new SegmentDefinition.Dimensional(SegmentDimensions.NONE), redEmail, NOW, NOW),
        "no criteria: every endpoint");
  }

  @Test
  void baseSegmentsNeedASourceSegmentsPort() {
    SegmentEngine engine = SegmentEngine.withoutSourceSegments();
    assertThrows(IllegalStateException.class,
        () -> engine.matches(groups(ALL, base(ANY, "vip")), ep("a", "red", "L"), NOW, NOW));
  }
}
