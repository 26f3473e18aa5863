package dev.tern.model.journey;

/**
 * Pinpoint's {@code WaitTime}: wait a duration or until an instant (exactly one of the two). Both are
 * kept as the client wrote them so GetJourney returns them unchanged ({@code P1D} must not come back as
 * {@code PT24H}); {@link JourneyPolicies} parses them to check them.
 *
 * @param waitFor ISO-8601 duration, e.g. {@code PT1H}
 * @param waitUntil ISO-8601 instant, e.g. {@code 2026-12-01T09:00:00Z}
 */
public record WaitTime(String waitFor, String waitUntil) {}
