package dev.tern.model.journey;

import dev.tern.model.app.AppService;
import dev.tern.model.common.BadRequestException;
import dev.tern.model.common.Check;
import dev.tern.model.common.ConflictException;
import dev.tern.model.common.Ids;
import dev.tern.model.common.NotFoundException;
import dev.tern.model.common.Page;
import java.time.Clock;
import java.util.Map;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * Use cases of Pinpoint's journey management operations (issue 4: journeys are stored and validated;
 * running them is a later issue). Every operation first resolves the app, so an unknown app is a 404
 * "Application not found" as Pinpoint answers, before the journey is looked at.
 */
public final class JourneyService {

  /** Read-decide-write attempts before a write that keeps losing to concurrent writers gives up. */
  static final int MAX_ATTEMPTS = 3;

  private final JourneyStore store;
  private final AppService apps;
  private final Clock clock;
  private final Supplier<String> ids;

  /**
   * @param store where journeys live
   * @param apps resolves the owning app (404 when unknown)
   * @param clock source of creation and modification dates
   * @param ids generator of journey ids (32-char hex)
   */
  public JourneyService(JourneyStore store, AppService apps, Clock clock, Supplier<String> ids) {
    this.store = store;
    this.apps = apps;
    this.clock = clock;
    this.ids = ids;
  }

  /** CreateJourney: validates the definition for the requested state (DRAFT by default) and stores it. */
  public Journey create(String applicationId, WriteJourney write) {
    apps.get(applicationId);
    Check.required("WriteJourneyRequest", write);
    JourneyState state = JourneyTransitions.onCreate(write.requestedState());
    JourneyValidator.check(write.definition(), state);
    var now = clock.instant();
    Journey journey = new Journey(applicationId, ids.get(), write.definition(), state, now, now, Map.of(), 1);
    store.create(journey);
    return journey;
  }

  /** GetJourney: the journey, or a {@link NotFoundException}. */
  public Journey get(String applicationId, String journeyId) {
    apps.get(applicationId);
    return find(applicationId, journeyId);
  }

  /** ListJourneys: one page of at most {@code pageSize} journeys after {@code token} (null = first page). */
  public Page<Journey> list(String applicationId, int pageSize, String token) {
    apps.get(applicationId);
    if (pageSize < 1) {
      throw new BadRequestException("page-size must be at least 1");
    }
    return store.list(applicationId, pageSize, token == null || token.isEmpty() ? null : token);
  }

  /**
   * UpdateJourney: replaces the definition (a full replace, as Pinpoint's PUT is) if the journey's state
   * allows it (409 otherwise, see {@link JourneyTransitions#onUpdate}); publishes it when ACTIVE is asked.
   */
  public Journey update(String applicationId, String journeyId, WriteJourney write) {
    apps.get(applicationId);
    Check.required("WriteJourneyRequest", write);
    return writeLoop(applicationId, journeyId, current -> {
      JourneyState state = JourneyTransitions.onUpdate(current, write.definition(), write.requestedState());
      JourneyValidator.check(write.definition(), state);
      return current.next(write.definition(), state, clock.instant());
    });
  }

  /**
   * UpdateJourneyState: moves the journey to ACTIVE, PAUSED or CANCELLED where
   * {@link JourneyTransitions#onStateRequest} allows; publishing a draft validates it as runnable first.
   */
  public Journey updateState(String applicationId, String journeyId, JourneyState requested) {
    apps.get(applicationId);
    return writeLoop(applicationId, journeyId, current -> {
      JourneyState state = JourneyTransitions.onStateRequest(
          current.state(), requested, current.definition().refreshFrequency() != null);
      if (state == current.state()) {
        return current;
      }
      JourneyValidator.check(current.definition(), state);
      return current.next(current.definition(), state, clock.instant());
    });
  }

  /** DeleteJourney: removes the journey, returning it as it was. */
  public Journey delete(String applicationId, String journeyId) {
    apps.get(applicationId);
    if (!Ids.isWellFormed(journeyId)) {
      throw notFound(journeyId);
    }
    return store.delete(applicationId, journeyId).orElseThrow(() -> notFound(journeyId));
  }

  /**
   * Reads the journey, lets {@code decide} compute its next version (or throw), and writes it at the read
   * revision; a lost race is retried on a fresh read, so the decision always sees the state it replaces.
   */
  private Journey writeLoop(String applicationId, String journeyId, UnaryOperator<Journey> decide) {
    for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      Journey current = find(applicationId, journeyId);
      Journey next = decide.apply(current);
      if (next == current || store.replace(next)) {
        return next;
      }
    }
    throw new ConflictException("Journey " + journeyId + " is being changed by another request; try again");
  }

  /**
   * Tern issues every journey id, so an id of another shape cannot exist; answering 404 without a store
   * call keeps odd path segments from reaching the database as keys.
   */
  private Journey find(String applicationId, String journeyId) {
    if (!Ids.isWellFormed(journeyId)) {
      throw notFound(journeyId);
    }
    return store.find(applicationId, journeyId).orElseThrow(() -> notFound(journeyId));
  }

  private static NotFoundException notFound(String journeyId) {
    return new NotFoundException("Journey not found: " + journeyId);
  }
}
