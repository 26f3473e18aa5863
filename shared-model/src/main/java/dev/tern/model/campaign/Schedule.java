package dev.tern.model.campaign;

import java.time.Instant;

/**
 * A validated campaign schedule. Sealed so the set of kinds is closed and known: recurring, local-time and
 * event-triggered variants are added here later. Java 17 has no pattern {@code switch}, so consumers
 * dispatch with {@code instanceof} and end in an {@code IllegalStateException} naming the unhandled kind;
 * {@code CampaignScheduleTest} covers every permitted subclass, so a new kind fails a test until handled.
 */
public sealed interface Schedule {

    /** The wire {@code Frequency} this schedule stands for. */
    Frequency frequency();

    /**
     * {@code Frequency: ONCE}: one run at the start time. {@code endTime} is kept to echo the request
     * (the model calls it "when the campaign ended or will end"); a ONCE run does not use it.
     */
    record Once(StartTime start, Instant endTime) implements Schedule {
        public Once {
            if (start == null) {
                throw new IllegalArgumentException("start is required");
            }
        }

        @Override
        public Frequency frequency() {
            return Frequency.ONCE;
        }
    }
}
