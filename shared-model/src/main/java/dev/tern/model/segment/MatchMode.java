package dev.tern.model.segment;

import java.util.List;
import java.util.function.Predicate;

/**
 * ALL / ANY / NONE: the shared shape of Pinpoint's three combination enums, {@code Include} (across
 * segment groups), {@code Type} (across a group's dimension sets) and {@code SourceType} (across a group's
 * base segments). The model defines them as three enums with identical values; one type keeps the
 * combination rule in one place.
 */
public enum MatchMode {
  ALL,
  ANY,
  NONE;

  /** Combines the test over {@code items}: all true, at least one true, or none true. */
  public <T> boolean combine(List<T> items, Predicate<T> test) {
    return switch (this) {
      case ALL -> items.stream().allMatch(test);
      case ANY -> items.stream().anyMatch(test);
      case NONE -> items.stream().noneMatch(test);
    };
  }
}
