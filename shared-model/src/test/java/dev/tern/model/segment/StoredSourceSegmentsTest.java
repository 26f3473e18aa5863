package dev.tern.model.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tern.model.endpoint.Endpoint;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class StoredSourceSegmentsTest {

  static final String APP = "app";
  final InMemorySegmentStore store = new InMemorySegmentStore();
  final AtomicInteger reads = new AtomicInteger();

  static SegmentDefinition platform(String value) {
    return new SegmentDefinition.Dimensional(new SegmentDimensions(null, null,
        new SegmentDemographics(null, null, null, null, null, SetDimension.inclusive(value)), null, null, null));
  }

  static SegmentDefinition on(String id, Integer version) {
    return new SegmentDefinition.Grouped(new SegmentGroupList(
        List.of(new SegmentGroup(null, List.of(new SegmentReference(id, version)), null, null)), null));
  }

  Segment put(String id, SegmentDefinition definition) {
    Segment s = new Segment(APP, id, "arn", id, definition, 1, Instant.EPOCH, Instant.EPOCH, null);
    store.create(s);
    return s;
  }

  /** The store, counting reads. */
  SegmentStore counting() {
    return (SegmentStore) java.lang.reflect.Proxy.newProxyInstance(
        SegmentStore.class.getClassLoader(), new Class<?>[] {SegmentStore.class}, (p, m, a) -> {
          reads.incrementAndGet();
          return m.invoke(store, a);
        });
  }

  boolean in(SegmentDefinition definition, Endpoint endpoint) {
    var engine = new SegmentEngine(new StoredSourceSegments(counting(), APP, e -> null, Ep.NOW));
    return engine.matches(definition, endpoint, null, Ep.NOW);
  }

  @Test
  void baseSegmentsAreEvaluatedThroughTheStoreAndPinnedVersionsHold() {
    Segment ios = put("ios", platform("ios"));
    put("derived", on("ios", null));
    store.update(ios.next("ios", platform("android"), Instant.EPOCH));
    Endpoint iphone = Ep.of("1").device("1", "Apple", "X", "ios").build();

    assertTrue(in(on("ios", 1), iphone), "version 1 selects ios");
    assertFalse(in(on("ios", null), iphone), "the latest selects android");
    assertFalse(in(on("derived", null), iphone), "nested: derived follows the latest ios segment");
  }

  @Test
  void aDeletedBaseMatchesNoOneAndACycleEnds() {
    Endpoint any = Ep.of("1").build();
    assertFalse(in(on("gone", null), any));
    put("a", on("b", null));
    put("b", on("a", null));
    assertFalse(in(on("a", null), any));
  }

  @Test
  void eachReferencedVersionIsReadOncePerRun() {
    put("ios", platform("ios"));
    var engine = new SegmentEngine(new StoredSourceSegments(counting(), APP, e -> null, Ep.NOW));
    for (int i = 0; i < 100; i++) {
      engine.matches(on("ios", null), Ep.of("e" + i).device("1", "A", "B", i % 2 == 0 ? "ios" : "android").build(), null, Ep.NOW);
    }
    assertEquals(1, reads.get());
  }
}
