package dev.tern.model.journey;

import dev.tern.model.common.BadRequestException;
import dev.tern.model.endpoint.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Decides whether a journey definition may be stored in a given state: {@link JourneyPolicies#STRUCTURE}
 * always, plus {@link JourneyPolicies#PUBLISH} for any state but DRAFT (a journey that has been published
 * must be one that can run).
 */
public final class JourneyValidator {

  private JourneyValidator() {}

  /** Every violation of {@code definition} for a journey in {@code state}; empty means acceptable. */
  public static List<Violation> validate(JourneyDefinition definition, JourneyState state) {
    List<Violation> violations = new ArrayList<>();
    if (definition.activities().size() > JourneyPolicies.MAX_ACTIVITIES) {
      // Over the quota nothing else is worth checking, and answering one line per activity of a huge
      // request would only turn a 7 MB body into a 7 MB error message.
      violations.add(new Violation("Activities", "a journey has at most " + JourneyPolicies.MAX_ACTIVITIES
          + " activities, got " + definition.activities().size()));
      return violations;
    }
    for (JourneyPolicy policy : JourneyPolicies.STRUCTURE) {
      policy.check(definition, violations);
    }
    if (state != JourneyState.DRAFT) {
      for (JourneyPolicy policy : JourneyPolicies.PUBLISH) {
        policy.check(definition, violations);
      }
    }
    return violations;
  }

  /** Throws a {@link BadRequestException} listing every violation, if there is any. */
  public static void check(JourneyDefinition definition, JourneyState state) {
    reject(validate(definition, state));
  }

  /** Throws a {@link BadRequestException} listing {@code violations}, unless there are none. */
  public static void reject(List<Violation> violations) {
    if (!violations.isEmpty()) {
      throw new BadRequestException("Invalid journey: "
          + violations.stream().map(Violation::message).collect(Collectors.joining("; ")));
    }
  }
}
