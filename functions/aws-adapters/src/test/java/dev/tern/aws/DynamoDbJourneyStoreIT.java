package dev.tern.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tern.model.common.ConflictException;
import dev.tern.model.common.Ids;
import dev.tern.model.common.Page;
import dev.tern.model.journey.Journey;
import dev.tern.model.journey.JourneyState;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@link DynamoDbJourneyStore} against the moto emulator's DynamoDB, which evaluates the key condition,
 * the paging keys and the revision conditions the unit test only pins. Starts its own
 * {@code .venv/bin/moto_server} on a free port (run with {@code -Pit}).
 */
class DynamoDbJourneyStoreIT {

  static final String TABLE = "JourneysTable-it";
  static final Instant T = Instant.parse("2026-11-26T10:00:00.123Z");
  static MotoDynamoDb moto;
  static DynamoDbJourneyStore store;

  @BeforeAll
  static void startMoto() throws Exception {
    moto = MotoDynamoDb.start();
    moto.createTable(TABLE, "ApplicationId", "JourneyId");
    store = new DynamoDbJourneyStore(moto.dynamo, TABLE, DynamoDbJourneyStoreTest.NAME_ONLY);
  }

  @AfterAll
  static void stopMoto() {
    if (moto != null) {
      moto.close();
    }
  }

  static Journey journey(String app, String name) {
    return new Journey(app, Ids.newId(), DynamoDbJourneyStoreTest.named(name), JourneyState.DRAFT, T, T, Map.of(), 1);
  }

  @Test
  void createsFindsAndRefusesATakenId() {
    Journey j = journey(Ids.newId(), "first");
    store.create(j);
    assertEquals(Optional.of(j), store.find(j.applicationId(), j.id()));
    assertThrows(ConflictException.class, () -> store.create(j));
    assertEquals(Optional.empty(), store.find(j.applicationId(), Ids.newId()));
  }

  @Test
  void listsOneAppInIdOrderAcrossPages() {
    String app = Ids.newId();
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      Journey j = journey(app, "j" + i);
      store.create(j);
      ids.add(j.id());
    }
    store.create(journey(Ids.newId(), "another app's"));
    ids.sort(null);

    List<String> seen = new ArrayList<>();
    String token = null;
    do {
      Page<Journey> page = store.list(app, 3, token);
      page.items().forEach(j -> seen.add(j.id()));
      token = page.nextToken();
    } while (token != null);
    assertEquals(ids, seen);
  }

  @Test
  void replaceWinsOnlyAtTheReadRevision() {
    Journey j = journey(Ids.newId(), "v1");
    store.create(j);
    Journey published = j.next(DynamoDbJourneyStoreTest.named("v2"), JourneyState.ACTIVE, T.plusSeconds(60));
    assertTrue(store.replace(published));
    // A second writer that read revision 1 too loses.
    assertFalse(store.replace(j.next(DynamoDbJourneyStoreTest.named("late"), JourneyState.DRAFT, T)));
    assertEquals(Optional.of(published), store.find(j.applicationId(), j.id()));
    // A replace never creates a journey that was deleted meanwhile.
    assertEquals(Optional.of(published), store.delete(j.applicationId(), j.id()));
    assertFalse(store.replace(published.next(published.definition(), JourneyState.CANCELLED, T)));
    assertEquals(Optional.empty(), store.find(j.applicationId(), j.id()));
    assertEquals(Optional.empty(), store.delete(j.applicationId(), j.id()));
  }
}
