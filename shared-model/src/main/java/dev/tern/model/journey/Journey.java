package dev.tern.model.journey;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * A stored journey: its definition plus what the server owns — identity, state, dates and tags.
 *
 * @param revision starts at 1 and grows by one with every write; stores replace a journey only at the
 *     revision it was read at, so two concurrent writers cannot both win
 * @param tags the resource's tags (JourneyResponse {@code tags}; WriteJourneyRequest has none)
 */
public record Journey(
    String applicationId,
    String id,
    JourneyDefinition definition,
    JourneyState state,
    Instant creationDate,
    Instant lastModifiedDate,
    Map<String, String> tags,
    long revision) {

  /** Requires identity, definition, state and dates; copies the tags. */
  public Journey {
    Objects.requireNonNull(applicationId, "applicationId");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(definition, "definition");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(creationDate, "creationDate");
    Objects.requireNonNull(lastModifiedDate, "lastModifiedDate");
    tags = tags == null ? Map.of() : Map.copyOf(tags);
    if (revision < 1) {
      throw new IllegalArgumentException("revision starts at 1");
    }
  }

  /**
   * The next revision with other tags and nothing else changed: a tag change takes a revision like any
   * write, so a concurrent update conditioned on the old revision fails instead of restoring old tags.
   */
  public Journey retagged(Map<String, String> newTags) {
    return new Journey(applicationId, id, definition, state, creationDate, lastModifiedDate, newTags, revision + 1);
  }

  /** The next revision of this journey with {@code definition} and {@code state}, modified at {@code now}. */
  public Journey next(JourneyDefinition newDefinition, JourneyState newState, Instant now) {
    return new Journey(applicationId, id, newDefinition, newState, creationDate, now, tags, revision + 1);
  }
}
