package dev.tern.model.journey;

import dev.tern.model.common.Page;
import java.util.Map;
import java.util.Optional;

/**
 * Persistence port for journeys, partitioned by application. Writes are conditional on the
 * {@link Journey#revision()}, so concurrent updates cannot overwrite each other; {@link InMemoryJourneyStore}
 * is the fake.
 */
public interface JourneyStore {

  /** Stores a new journey (revision 1); a {@link dev.tern.model.common.ConflictException} if its id is taken. */
  void create(Journey journey);

  /** The journey {@code journeyId} of app {@code applicationId}, if any. */
  Optional<Journey> find(String applicationId, String journeyId);

  /**
   * Up to {@code limit} journeys of the app, in id order, after the position {@code token} encodes
   * ({@code null} = from the start); a token this store did not issue is a
   * {@link dev.tern.model.common.BadRequestException}.
   */
  Page<Journey> list(String applicationId, int limit, String token);

  /**
   * Replaces the stored journey with {@code next} only if the stored one still has revision
   * {@code next.revision() - 1}. False (nothing written) if it changed meanwhile or was deleted.
   */
  boolean replace(Journey next);

  /** Deletes the journey, returning it as it was, or empty if there was none. */
  Optional<Journey> delete(String applicationId, String journeyId);

  /** The journey's tags, if it exists. */
  default Optional<Map<String, String>> findTags(String applicationId, String journeyId) {
    return find(applicationId, journeyId).map(Journey::tags);
  }

  /**
   * TagResource/UntagResource: replaces the journey's tags with {@code next} in one conditional write, only
   * if it exists and its tags are still {@code expected} (so concurrent tag writes cannot lose each
   * other's keys); false, with nothing written, otherwise.
   * The write takes a new {@link Journey#revision()}, so an update that read the old tags fails.
   */
  boolean replaceTags(String applicationId, String journeyId, Map<String, String> expected, Map<String, String> next);
}
