package dev.tern.model.segment;

/** Pinpoint's {@code RecencyDimension}: active or inactive within one of four look-back windows. */
public record RecencyDimension(RecencyDuration duration, RecencyType recencyType) {}
