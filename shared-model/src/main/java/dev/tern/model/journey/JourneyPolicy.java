package dev.tern.model.journey;

import dev.tern.model.endpoint.Violation;
import java.util.List;

/**
 * One named rule a journey definition must follow. A policy adds a {@link Violation} per problem it
 * finds (naming the wire field) instead of throwing, so a client learns every problem in one answer.
 */
public interface JourneyPolicy {

  /** A short name for logs and tests, e.g. {@code no-loops}. */
  String name();

  /** Adds a violation to {@code violations} for every problem of {@code definition}. */
  void check(JourneyDefinition definition, List<Violation> violations);

  /** A policy from a name and a check. */
  static JourneyPolicy of(String name, java.util.function.BiConsumer<JourneyDefinition, List<Violation>> check) {
    return new JourneyPolicy() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public void check(JourneyDefinition definition, List<Violation> violations) {
        check.accept(definition, violations);
      }

      @Override
      public String toString() {
        return name;
      }
    };
  }
}
