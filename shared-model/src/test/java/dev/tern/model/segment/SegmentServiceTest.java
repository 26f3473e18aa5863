package dev.tern.model.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tern.model.app.AppService;
import dev.tern.model.app.InMemoryAppStore;
import dev.tern.model.common.BadRequestException;
import dev.tern.model.common.ConflictException;
import dev.tern.model.common.NotFoundException;
import dev.tern.model.common.Page;
import dev.tern.model.endpoint.Violation;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SegmentServiceTest {

  static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");
  static final String UNKNOWN = "ffffffffffffffffffffffffffffffff";

  final AtomicInteger counter = new AtomicInteger();
  final InMemorySegmentStore store = new InMemorySegmentStore();
  final AppService apps = new AppService(new InMemoryAppStore(), Clock.fixed(NOW, ZoneOffset.UTC),
      () -> String.format("%032x", counter.incrementAndGet()), "eu-west-1", "123456789012");
  final SegmentService segments = new SegmentService(store, apps, Clock.fixed(NOW, ZoneOffset.UTC),
      () -> String.format("%032x", 1000 + counter.incrementAndGet()));
  final String app = apps.create("Shop", null).id();

  static SegmentDefinition platform(String... values) {
    return new SegmentDefinition.Dimensional(new SegmentDimensions(
        null, null, new SegmentDemographics(null, null, null, null, null, SetDimension.inclusive(values)), null, null, null));
  }

  static SegmentDefinition basedOn(String id, Integer version) {
    return new SegmentDefinition.Grouped(new SegmentGroupList(
        List.of(new SegmentGroup(null, List.of(new SegmentReference(id, version)), null, null)), null));
  }

  static SegmentWrite write(String name, SegmentDefinition definition) {
    return new SegmentWrite(name, definition, null, null);
  }

  @Test
  void createStoresVersionOneWithArnUnderTheApp() {
    Segment s = segments.create(app, new SegmentWrite("iOS", platform("ios"), Map.of("team", "growth"), null));

    assertEquals(1, s.version());
    assertEquals("arn:aws:mobiletargeting:eu-west-1:123456789012:apps/" + app + "/segments/" + s.id(), s.arn());
    assertEquals(NOW, s.creationDate());
    assertEquals(Map.of("team", "growth"), s.tags());
    assertEquals(s, store.find(app, s.id()).orElseThrow());
  }

  @Test
  void createWithoutDefinitionSelectsEveryEndpoint() {
    Segment s = segments.create(app, write("All", null));
    assertEquals(new SegmentDefinition.Dimensional(SegmentDimensions.NONE), s.definition());
  }

  @Test
  void createReportsEveryViolationAtOnceAndWritesNothing() {
    var bad = new SegmentDefinition.Dimensional(new SegmentDimensions(
        Map.of("plan", new AttributeDimension(AttributeType.BETWEEN, List.of("2026-01-01T00:00:00Z"))),
        null, null, null, null, null));
    var e = assertThrows(BadRequestException.class, () -> segments.create(app,
        new SegmentWrite(" ", bad, null, List.of(new Violation("Dimensions.Demographic.Channel.DimensionType", "unknown")))));

    assertTrue(e.getMessage().contains("Dimensions.Demographic.Channel.DimensionType: unknown"), e.getMessage());
    assertTrue(e.getMessage().contains("Name: a segment needs a name"), e.getMessage());
    assertTrue(e.getMessage().contains("Dimensions.Attributes.plan.Values: BETWEEN needs exactly 2"), e.getMessage());
    assertEquals(List.of(), store.list(app, 10, null).items());
  }

  @Test
  void createInAnUnknownAppIs404() {
    assertThrows(NotFoundException.class, () -> segments.create(UNKNOWN, write("x", null)));
  }

  @Test
  void badTagsAre400() {
    assertThrows(BadRequestException.class,
        () -> segments.create(app, new SegmentWrite("x", null, Map.of("aws:x", "y"), null)));
  }

  @Test
  void updateAddsAVersionKeepingWhatIsNotSent() {
    Segment v1 = segments.create(app, write("iOS", platform("ios")));
    Segment v2 = segments.update(app, v1.id(), write(null, platform("ios", "android")));
    Segment v3 = segments.update(app, v1.id(), write("Mobile", null));

    assertEquals(2, v2.version());
    assertEquals("iOS", v2.name());
    assertEquals(3, v3.version());
    assertEquals("Mobile", v3.name());
    assertEquals(platform("ios", "android"), v3.definition());
    assertEquals(v1, segments.getVersion(app, v1.id(), "1"));
    assertEquals(v3, segments.get(app, v1.id()));
    assertEquals(List.of(3, 2, 1), segments.listVersions(app, v1.id(), 10, null).items().stream().map(Segment::version).toList());
  }

  @Test
  void updateLosingTheVersionRaceIsAConflictAndKeepsTheWinner() {
    Segment v1 = segments.create(app, write("iOS", platform("ios")));
    // Another writer stores version 2 between this update's read and its conditional write.
    SegmentStore racing = (SegmentStore) java.lang.reflect.Proxy.newProxyInstance(
        SegmentStore.class.getClassLoader(), new Class<?>[] {SegmentStore.class}, (proxy, method, args) -> {
          if (method.getName().equals("update")) {
            store.update(v1.next("winner", v1.definition(), NOW));
          }
          return method.invoke(store, args);
        });
    var service = new SegmentService(racing, apps, Clock.fixed(NOW, ZoneOffset.UTC), () -> "x");

    assertThrows(ConflictException.class, () -> service.update(app, v1.id(), write("loser", null)));
    assertEquals("winner", store.find(app, v1.id()).orElseThrow().name());
    assertEquals(2, store.find(app, v1.id()).orElseThrow().version());
  }

  @Test
  void unknownOrMalformedIdsAre404AndBadVersionsAre400() {
    Segment s = segments.create(app, write("iOS", null));
    assertThrows(NotFoundException.class, () -> segments.get(app, UNKNOWN));
    assertThrows(NotFoundException.class, () -> segments.get(app, "not-an-id"));
    assertThrows(NotFoundException.class, () -> segments.delete(app, UNKNOWN));
    assertThrows(NotFoundException.class, () -> segments.update(app, UNKNOWN, write("x", null)));
    assertThrows(NotFoundException.class, () -> segments.getVersion(app, s.id(), "2"));
    assertThrows(BadRequestException.class, () -> segments.getVersion(app, s.id(), "two"));
    assertThrows(BadRequestException.class, () -> segments.getVersion(app, s.id(), "0"));
    assertThrows(NotFoundException.class, () -> segments.get(UNKNOWN, s.id()));
  }

  @Test
  void segmentsOfOneAppAreInvisibleFromAnother() {
    String other = apps.create("Other", null).id();
    Segment s = segments.create(app, write("iOS", null));
    assertThrows(NotFoundException.class, () -> segments.get(other, s.id()));
    assertEquals(List.of(), segments.list(other, 10, null).items());
  }

  @Test
  void deleteRemovesEveryVersion() {
    Segment s = segments.create(app, write("iOS", null));
    segments.update(app, s.id(), write("iOS 2", null));

    assertEquals(2, segments.delete(app, s.id()).version());
    assertTrue(store.findVersion(app, s.id(), 1).isEmpty());
    assertThrows(NotFoundException.class, () -> segments.get(app, s.id()));
  }

  @Test
  void baseSegmentsMustExistInTheApp() {
    Segment base = segments.create(app, write("iOS", platform("ios")));
    Segment built = segments.create(app, write("Built", basedOn(base.id(), 1)));
    assertEquals(basedOn(base.id(), 1), built.definition());

    var e = assertThrows(BadRequestException.class, () -> segments.create(app, write("x", basedOn(UNKNOWN, null))));
    assertTrue(e.getMessage().startsWith("SegmentGroups.Groups[0].SourceSegments[0]: no segment"), e.getMessage());
    assertThrows(BadRequestException.class, () -> segments.create(app, write("x", basedOn(base.id(), 2))));
  }

  @Test
  void aSegmentCannotBeBuiltOnItselfEvenIndirectly() {
    Segment a = segments.create(app, write("A", platform("ios")));
    Segment b = segments.create(app, write("B", basedOn(a.id(), null)));

    assertThrows(BadRequestException.class, () -> segments.update(app, a.id(), write(null, basedOn(a.id(), null))));
    var e = assertThrows(BadRequestException.class, () -> segments.update(app, a.id(), write(null, basedOn(b.id(), null))));
    assertTrue(e.getMessage().contains("is, or is built on, the segment being updated"), e.getMessage());
    assertEquals(1, segments.get(app, a.id()).version());
  }

  @Test
  void listPagesThroughTheLatestVersions() {
    for (int i = 0; i < 5; i++) {
      segments.create(app, write("s" + i, null));
    }
    Page<Segment> first = segments.list(app, 2, null);
    Page<Segment> second = segments.list(app, 2, first.nextToken());
    Page<Segment> third = segments.list(app, 2, second.nextToken());

    assertEquals(2, first.items().size());
    assertEquals(2, second.items().size());
    assertEquals(1, third.items().size());
    assertNull(third.nextToken());
    assertFalse(first.items().contains(second.items().get(0)));
    assertThrows(BadRequestException.class, () -> segments.list(app, 2, "garbage"));
  }
}
