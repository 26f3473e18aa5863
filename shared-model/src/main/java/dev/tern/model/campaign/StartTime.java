package dev.tern.model.campaign;

import java.time.Instant;

/**
 * {@code Schedule.StartTime}: the model says "IMMEDIATE, to start the campaign immediately; or, a specific
 * time in ISO 8601 format". Kept as two variants so the wire value can be echoed back as it was written.
 */
public sealed interface StartTime {

    /** The instant the run is due, given when the campaign version was written. */
    Instant dueAt(Instant versionWrittenAt);

    /** The literal {@code IMMEDIATE}: due as soon as the version is written. */
    record Immediate() implements StartTime {
        /** The wire literal. */
        public static final String WIRE = "IMMEDIATE";

        @Override
        public Instant dueAt(Instant versionWrittenAt) {
            return versionWrittenAt;
        }
    }

    /** A fixed instant (the request's ISO-8601 text, normalised to UTC). */
    record At(Instant instant) implements StartTime {
        public At {
            if (instant == null) {
                throw new IllegalArgumentException("instant is required");
            }
        }

        @Override
        public Instant dueAt(Instant versionWrittenAt) {
            return instant;
        }
    }
}
