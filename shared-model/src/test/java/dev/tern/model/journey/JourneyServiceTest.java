package dev.tern.model.journey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tern.model.app.AppService;
import dev.tern.model.app.InMemoryAppStore;
import dev.tern.model.common.BadRequestException;
import dev.tern.model.common.ConflictException;
import dev.tern.model.common.NotFoundException;
import dev.tern.model.common.Page;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class JourneyServiceTest {

  static final Instant T0 = Instant.parse("2026-11-26T10:00:00.123Z");
  static final Instant T1 = Instant.parse("2026-11-26T11:00:00Z");

  final InMemoryAppStore appStore = new InMemoryAppStore();
  final AtomicInteger counter = new AtomicInteger();
  final Clock clock = Clock.fixed(T0, ZoneOffset.UTC);
  final AppService apps = new AppService(appStore, Clock.fixed(T0, ZoneOffset.UTC),
      () -> String.format("%032x", 0xA00 + counter.incrementAndGet()), "us-east-1", "000000000000");
  final InMemoryJourneyStore store = new InMemoryJourneyStore();
  final JourneyService service = new JourneyService(store, apps, clock, this::nextId);
  final String app = apps.create("Shop", null).id();

  String nextId() {
    return String.format("%032x", counter.incrementAndGet());
  }

  /** The same service an hour later. */
  JourneyService later() {
    return new JourneyService(store, apps, Clock.fixed(T1, ZoneOffset.UTC), this::nextId);
  }

  @Test
  void createsADraftByDefault() {
    Journey j = service.create(app, new WriteJourney(Journeys.valid(), null));
    assertEquals(JourneyState.DRAFT, j.state());
    assertEquals(app, j.applicationId());
    assertEquals(T0, j.creationDate());
    assertEquals(T0, j.lastModifiedDate());
    assertEquals(1, j.revision());
    assertEquals(j, service.get(app, j.id()));
  }

  @Test
  void anInvalidJourneyIsRefusedAndNothingIsStored() {
    JourneyDefinition dangling = Journeys.withActivity("push", new Activity.Push(null, "nudge", null, null, "ghost"));
    var e = assertThrows(BadRequestException.class, () -> service.create(app, new WriteJourney(dangling, null)));
    assertTrue(e.getMessage().contains("Activities.push.PUSH.NextActivity: references activity 'ghost'"), e.getMessage());
    assertEquals(List.of(), store.list(app, 10, null).items());
  }

  @Test
  void publishingAnUnfinishedDraftIsRefused() {
    var e = assertThrows(BadRequestException.class,
        () -> service.create(app, new WriteJourney(Journeys.named("Later"), JourneyState.ACTIVE)));
    assertTrue(e.getMessage().startsWith("Invalid journey: StartCondition:"), e.getMessage());
  }

  @Test
  void unknownAppsAndJourneysAre404() {
    String ghost = "ffffffffffffffffffffffffffffffff";
    var noApp = assertThrows(NotFoundException.class, () -> service.list(ghost, 10, null));
    assertEquals("Application not found: " + ghost, noApp.getMessage());
    assertThrows(NotFoundException.class, () -> service.create(ghost, new WriteJourney(Journeys.valid(), null)));
    var noJourney = assertThrows(NotFoundException.class, () -> service.get(app, ghost));
    assertEquals("Journey not found: " + ghost, noJourney.getMessage());
    assertThrows(NotFoundException.class, () -> service.get(app, "not-an-id"));
    assertThrows(NotFoundException.class, () -> service.delete(app, ghost));
    assertThrows(NotFoundException.class, () -> service.updateState(app, ghost, JourneyState.ACTIVE));
    assertThrows(NotFoundException.class,
        () -> service.update(app, ghost, new WriteJourney(Journeys.valid(), null)));
  }

  @Test
  void journeysOfAnotherAppAreInvisible() {
    Journey j = service.create(app, new WriteJourney(Journeys.valid(), null));
    String other = apps.create("Other", null).id();
    assertThrows(NotFoundException.class, () -> service.get(other, j.id()));
    assertEquals(List.of(), service.list(other, 10, null).items());
  }

  @Test
  void listsInPages() {
    List<String> created = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      created.add(service.create(app, new WriteJourney(Journeys.named("J" + i), null)).id());
    }
    List<String> seen = new ArrayList<>();
    String token = null;
    int pages = 0;
    do {
      Page<Journey> page = service.list(app, 2, token);
      page.items().forEach(j -> seen.add(j.id()));
      token = page.nextToken();
      pages++;
    } while (token != null);
    assertEquals(created, seen);
    assertEquals(3, pages);
    assertThrows(BadRequestException.class, () -> service.list(app, 2, "bogus"));
  }

  @Test
  void updateReplacesTheDefinitionAndPublishes() {
    Journey j = service.create(app, new WriteJourney(Journeys.named("Later"), null));
    Journey published = later().update(app, j.id(), new WriteJourney(Journeys.valid(), JourneyState.ACTIVE));
    assertEquals(JourneyState.ACTIVE, published.state());
    assertEquals(Journeys.valid(), published.definition());
    assertEquals(T0, published.creationDate());
    assertEquals(T1, published.lastModifiedDate());
    assertEquals(2, published.revision());
  }

  @Test
  void changingTheActivitiesOfAnActiveJourneyIs409ButRenamingIsNot() {
    Journey j = service.create(app, new WriteJourney(Journeys.valid(), JourneyState.ACTIVE));
    JourneyDefinition changed = Journeys.withActivity("holdout", new Activity.Holdout(null, 20, null));
    var e = assertThrows(ConflictException.class, () -> service.update(app, j.id(), new WriteJourney(changed, null)));
    assertTrue(e.getMessage().contains("can't be added, changed or removed"), e.getMessage());
    assertEquals(j, service.get(app, j.id()));

    Journey renamed = service.update(app, j.id(), new WriteJourney(Journeys.valid().withName("Renamed"), null));
    assertEquals(JourneyState.ACTIVE, renamed.state());
    assertEquals("Renamed", renamed.definition().name());
  }

  @Test
  void stateChangesFollowTheStateMachine() {
    Journey j = service.create(app, new WriteJourney(Journeys.valid(), null));
    assertEquals(JourneyState.ACTIVE, service.updateState(app, j.id(), JourneyState.ACTIVE).state());
    assertEquals(JourneyState.PAUSED, service.updateState(app, j.id(), JourneyState.PAUSED).state());
    assertEquals(JourneyState.ACTIVE, service.updateState(app, j.id(), JourneyState.ACTIVE).state());
    Journey cancelled = service.updateState(app, j.id(), JourneyState.CANCELLED);
    assertEquals(JourneyState.CANCELLED, cancelled.state());
    assertEquals(5, cancelled.revision());
    assertThrows(BadRequestException.class, () -> service.updateState(app, j.id(), JourneyState.ACTIVE));
    assertThrows(ConflictException.class, () -> service.update(app, j.id(), new WriteJourney(Journeys.valid(), null)));
    // Asking for the current state again writes nothing.
    assertEquals(cancelled, service.updateState(app, j.id(), JourneyState.CANCELLED));
  }

  @Test
  void publishingADraftThroughTheStateValidatesIt() {
    Journey j = service.create(app, new WriteJourney(Journeys.named("Later"), null));
    var e = assertThrows(BadRequestException.class, () -> service.updateState(app, j.id(), JourneyState.ACTIVE));
    assertTrue(e.getMessage().contains("StartActivity: is required to publish a journey"), e.getMessage());
    assertEquals(JourneyState.DRAFT, service.get(app, j.id()).state());
  }

  @Test
  void deleteReturnsTheJourneyAsItWas() {
    Journey j = service.create(app, new WriteJourney(Journeys.valid(), null));
    assertEquals(j, service.delete(app, j.id()));
    assertThrows(NotFoundException.class, () -> service.get(app, j.id()));
  }

  @Test
  void aWriteLosingARaceIsRetriedOnTheNewState() {
    Journey j = service.create(app, new WriteJourney(Journeys.valid(), null));
    AtomicInteger replaces = new AtomicInteger();
    // A store where another writer publishes the journey just before our first replace.
    JourneyStore racing = new JourneyStore() {
      public void create(Journey journey) { store.create(journey); }
      public Optional<Journey> find(String a, String id) { return store.find(a, id); }
      public Page<Journey> list(String a, int limit, String token) { return store.list(a, limit, token); }
      public Optional<Journey> delete(String a, String id) { return store.delete(a, id); }
      public boolean replaceTags(String a, String id, java.util.Map<String, String> e, java.util.Map<String, String> n) {
        return store.replaceTags(a, id, e, n);
      }
      public boolean replace(Journey next) {
        if (replaces.getAndIncrement() == 0) {
          Journey current = store.find(next.applicationId(), next.id()).orElseThrow();
          store.replace(current.next(current.definition(), JourneyState.ACTIVE, T1));
        }
        return store.replace(next);
      }
    };
    JourneyService raced = new JourneyService(racing, apps, clock, () -> "unused");
    JourneyDefinition changed = Journeys.withActivity("holdout", new Activity.Holdout(null, 20, null));
    // The retry sees ACTIVE and refuses to change the activities, instead of overwriting the publish.
    assertThrows(ConflictException.class, () -> raced.update(app, j.id(), new WriteJourney(changed, null)));
    assertEquals(JourneyState.ACTIVE, service.get(app, j.id()).state());
    assertEquals(new Activity.Holdout(null, 10, null), service.get(app, j.id()).definition().activities().get("holdout"));
    // One lost replace; the second read refused before writing.
    assertEquals(1, replaces.get());
  }
}
