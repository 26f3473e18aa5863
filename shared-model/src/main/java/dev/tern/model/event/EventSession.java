package dev.tern.model.event;

import java.time.Instant;

/** Pinpoint's {@code Session} of an event: the app session it happened in (Id and StartTimestamp required). */
public record EventSession(String id, Instant startTimestamp, Instant stopTimestamp, Long duration) {}
