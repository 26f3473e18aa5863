package dev.tern.model.campaign;

import java.util.Optional;

/**
 * Pinpoint's {@code Frequency} enum (botocore model), all seven values, so that a request naming any of
 * them is understood — and, when Tern cannot run it yet, refused by name instead of as "unknown".
 *
 * <p>Only {@link #ONCE} is executed today. Recurring, event-triggered and in-app frequencies are refused by
 * {@link CampaignValidator} with {@link FieldError.Problem#UNSUPPORTED}; they are never silently ignored.
 */
public enum Frequency {
    ONCE,
    HOURLY,
    DAILY,
    WEEKLY,
    MONTHLY,
    EVENT,
    IN_APP_EVENT;

    /** The value with exactly this wire name (case-sensitive, as in the model), if any. */
    public static Optional<Frequency> fromWire(String value) {
        for (Frequency f : values()) {
            if (f.name().equals(value)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /** True for the frequencies Tern can execute now. */
    public boolean isExecutable() {
        return this == ONCE;
    }
}
