package dev.tern.model.journey;

import dev.tern.model.common.BadRequestException;
import dev.tern.model.common.ConflictException;

/**
 * The journey state machine as pure functions, so the API and (later) the executor agree on it and it
 * can be tested as a table.
 *
 * <p>Readings of the model documentation (WriteJourneyRequest.State, JourneyStateRequest.State):
 * <ul>
 *   <li>Create and Update accept only DRAFT or ACTIVE ("PAUSED, CANCELLED, COMPLETED, and CLOSED states are
 *       not supported in requests to create or update a journey"): anything else is a 400.</li>
 *   <li>"If a journey's status is ACTIVE, you can't add, change, or remove activities from it": an
 *       UpdateJourney that changes the activities of a published journey (ACTIVE, PAUSED) is a 409
 *       ConflictException, the one operation that models it. Other settings may change, and the state
 *       stays. Going back to DRAFT is refused the same way [inference: publishing is one-way].</li>
 *   <li>"After you cancel a journey, you can't add, change, or remove any activities": UpdateJourney on a
 *       CANCELLED, COMPLETED or CLOSED journey is a 409 [inference for the last two: they are over].</li>
 *   <li>UpdateJourneyState supports ACTIVE, PAUSED and CANCELLED. ACTIVE publishes a DRAFT or resumes a
 *       PAUSED journey; PAUSED "only supports journeys with a segment refresh interval" and needs an ACTIVE
 *       one; CANCELLED stops any journey that is not over. Asking for the current state again is a no-op.
 *       Refusals are 400s: UpdateJourneyState models no ConflictException.</li>
 * </ul>
 */
public final class JourneyTransitions {

  private JourneyTransitions() {}

  /** The state of a new journey: DRAFT unless ACTIVE was asked for. */
  public static JourneyState onCreate(JourneyState requested) {
    writable(requested);
    return requested == null ? JourneyState.DRAFT : requested;
  }

  /** The state after an UpdateJourney of {@code current} to {@code next}, or a 400/409 saying why not. */
  public static JourneyState onUpdate(Journey current, JourneyDefinition next, JourneyState requested) {
    writable(requested);
    JourneyState state = current.state();
    switch (state) {
      case DRAFT:
        return requested == null ? JourneyState.DRAFT : requested;
      case ACTIVE:
      case PAUSED:
        if (requested == JourneyState.DRAFT) {
          throw new ConflictException("Journey " + current.id() + " is " + state + " and cannot go back to DRAFT");
        }
        if (!current.definition().sameActivities(next)) {
          throw new ConflictException("Journey " + current.id() + " is " + state
              + "; the activities of a published journey can't be added, changed or removed");
        }
        return state;
      default:
        throw new ConflictException("Journey " + current.id() + " is " + state + " and can no longer be updated");
    }
  }

  /**
   * The state after UpdateJourneyState asks for {@code requested}, or a 400 saying why not.
   *
   * @param refreshes whether the journey has a segment refresh interval (RefreshFrequency), which PAUSED needs
   */
  public static JourneyState onStateRequest(JourneyState current, JourneyState requested, boolean refreshes) {
    if (requested == null) {
      throw new BadRequestException("State is required");
    }
    if (requested == current) {
      return current;
    }
    switch (requested) {
      case ACTIVE:
        return allowed(current, requested, current == JourneyState.DRAFT || current == JourneyState.PAUSED);
      case PAUSED:
        if (current == JourneyState.ACTIVE && !refreshes) {
          throw new BadRequestException("Only a journey with a segment refresh interval (RefreshFrequency) can be"
              + " paused");
        }
        return allowed(current, requested, current == JourneyState.ACTIVE);
      case CANCELLED:
        return allowed(current, requested, current != JourneyState.COMPLETED);
      default:
        throw new BadRequestException("State must be ACTIVE, PAUSED or CANCELLED, got " + requested);
    }
  }

  private static JourneyState allowed(JourneyState current, JourneyState requested, boolean ok) {
    if (!ok) {
      throw new BadRequestException("A " + current + " journey cannot be made " + requested);
    }
    return requested;
  }

  private static void writable(JourneyState requested) {
    if (requested != null && requested != JourneyState.DRAFT && requested != JourneyState.ACTIVE) {
      throw new BadRequestException("State must be DRAFT or ACTIVE when creating or updating a journey, got "
          + requested + "; use UpdateJourneyState to pause, resume or cancel it");
    }
  }
}
