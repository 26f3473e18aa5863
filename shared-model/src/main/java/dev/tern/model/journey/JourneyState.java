package dev.tern.model.journey;

/**
 * Pinpoint's journey {@code State} enum, in the model's order. Which of them a client may write, and from
 * where, is decided by {@link JourneyTransitions}.
 */
public enum JourneyState {
  /** Saved, not published; everything may change. */
  DRAFT,
  /** Published: running or waiting for its start time; its activities are fixed. */
  ACTIVE,
  /** Ran to its end. */
  COMPLETED,
  /** Cancelled through UpdateJourneyState; final. */
  CANCELLED,
  /** Past its end time: no new participants, those inside finish. */
  CLOSED,
  /** Paused through UpdateJourneyState; no new participants, waits stop counting. */
  PAUSED
}
