package dev.tern.model.journey;

/**
 * Pinpoint's {@code JourneySchedule}. The times are ISO-8601 instants kept as written (checked by
 * {@link JourneyPolicies}); the time zone is a UTC offset name such as {@code UTC+05:30}.
 */
public record JourneySchedule(String startTime, String endTime, String timezone) {}
