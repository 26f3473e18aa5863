package dev.tern.model.campaign;

/**
 * One reason a write request is refused, naming the field by its wire path (e.g. {@code Schedule.StartTime})
 * so the REST edge can answer a {@code BadRequestException} a client can act on.
 */
public record FieldError(String field, Problem problem, String message) {

    /** What is wrong with the field. */
    public enum Problem {
        /** Absent but needed. */
        REQUIRED,
        /** Present but not parseable / not an allowed value. */
        MALFORMED,
        /** A number or length outside its documented range. */
        OUT_OF_RANGE,
        /** A start time that is not in the future. */
        IN_THE_PAST,
        /** Valid for Pinpoint, not executed by Tern yet: refused rather than silently ignored. */
        UNSUPPORTED,
        /** Two members that contradict each other. */
        CONFLICT
    }
}
