package dev.tern.model.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class InMemorySegmentStoreTest {

  final InMemorySegmentStore store = new InMemorySegmentStore();

  static Segment v1(String app, String id) {
    return new Segment(app, id, "arn", "n", new SegmentDefinition.Dimensional(SegmentDimensions.NONE), 1,
        Instant.EPOCH, Instant.EPOCH, null);
  }

  @Test
  void createRefusesATakenIdAndVersionsOtherThanOne() {
    assertTrue(store.create(v1("a", "s")));
    assertFalse(store.create(v1("a", "s")));
    assertFalse(store.create(v1("a", "t").next("n", v1("a", "t").definition(), Instant.EPOCH)));
  }

  @Test
  void updateNeedsThePreviousVersionToBeTheLatest() {
    Segment one = v1("a", "s");
    store.create(one);
    Segment two = one.next("two", one.definition(), Instant.EPOCH);
    assertTrue(store.update(two));
    assertFalse(store.update(two), "version 2 exists already");
    assertFalse(store.update(two.next("x", one.definition(), Instant.EPOCH).next("y", one.definition(), Instant.EPOCH)),
        "a gap is refused");
    assertFalse(store.update(v1("a", "gone").next("x", one.definition(), Instant.EPOCH)), "unknown segment");
    assertEquals(2, store.find("a", "s").orElseThrow().version());
  }

  @Test
  void versionsPageNewestFirst() {
    Segment s = v1("a", "s");
    store.create(s);
    for (int i = 0; i < 4; i++) {
      s = s.next("n", s.definition(), Instant.EPOCH);
      store.update(s);
    }
    var first = store.listVersions("a", "s", 3, null);
    var rest = store.listVersions("a", "s", 3, first.nextToken());
    assertEquals(List.of(5, 4, 3), first.items().stream().map(Segment::version).toList());
    assertEquals(List.of(2, 1), rest.items().stream().map(Segment::version).toList());
    assertNull(rest.nextToken());
  }

  @Test
  void listStaysInsideTheApp() {
    store.create(v1("a", "1"));
    store.create(v1("b", "2"));
    store.create(v1("c", "3"));
    assertEquals(List.of("2"), store.list("b", 10, null).items().stream().map(Segment::id).toList());
  }
}
