package dev.tern.model.segment;

/** Pinpoint's {@code SegmentBehaviors}; only Recency exists. */
public record SegmentBehaviors(RecencyDimension recency) {}
