package dev.tern.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tern.model.common.Ids;
import dev.tern.model.segment.Segment;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@link DynamoDbSegmentStore} against moto, which evaluates the transactions and queries for real. */
class DynamoDbSegmentStoreIT {

  static final String TABLE = "SegmentsTable-it";
  static MotoDynamoDb moto;
  static DynamoDbSegmentStore store;

  @BeforeAll
  static void startMoto() throws Exception {
    moto = MotoDynamoDb.start();
    moto.createTable(TABLE, "ApplicationId", "SegmentKey");
    store = new DynamoDbSegmentStore(moto.dynamo, TABLE);
  }

  @AfterAll
  static void stopMoto() {
    if (moto != null) {
      moto.close();
    }
  }

  static Segment fresh(String app) {
    Segment s = DynamoDbSegmentStoreTest.segment(DynamoDbSegmentStoreTest.everyDimension());
    return new Segment(app, Ids.newId(), s.arn(), s.name(), s.definition(), 1, s.creationDate(), s.lastModifiedDate(), s.tags());
  }

  @Test
  void versionsAreConditionalAndDeleteRemovesThemAll() {
    String app = Ids.newId();
    Segment one = fresh(app);
    assertTrue(store.create(one));
    assertFalse(store.create(one), "id taken");
    Segment two = one.next("two", DynamoDbSegmentStoreTest.grouped(), one.creationDate());
    assertTrue(store.update(two));
    assertFalse(store.update(two), "version 2 exists: the losing writer writes nothing");
    assertEquals(Optional.of(two), store.find(app, one.id()));
    assertEquals(Optional.of(one), store.findVersion(app, one.id(), 1));
    assertEquals(List.of(two, one), store.listVersions(app, one.id(), 10, null).items());

    assertEquals(Optional.of(two), store.delete(app, one.id()));
    assertEquals(Optional.empty(), store.find(app, one.id()));
    assertEquals(Optional.empty(), store.findVersion(app, one.id(), 1));
    assertEquals(List.of(), store.listVersions(app, one.id(), 10, null).items());
    assertFalse(store.update(two.next("three", two.definition(), two.creationDate())), "no resurrection");
  }

  @Test
  void listPagesThroughTheAppsSegmentsOnly() {
    String app = Ids.newId();
    List<String> created = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      Segment s = fresh(app);
      store.create(s);
      store.update(s.next("v2", s.definition(), s.creationDate()));
      created.add(s.id());
    }
    store.create(fresh(Ids.newId()));
    List<String> seen = new ArrayList<>();
    String token = null;
    do {
      var page = store.list(app, 2, token);
      page.items().forEach(s -> {
        assertEquals(2, s.version(), "the latest version");
        seen.add(s.id());
      });
      token = page.nextToken();
    } while (token != null);
    assertEquals(created.stream().sorted().toList(), seen);
    assertNull(store.list(Ids.newId(), 2, null).nextToken());
  }
}
