package dev.tern.model.segment;

/**
 * Pinpoint's {@code SegmentReference}: a base segment of a group.
 *
 * @param version null means the segment's latest version
 */
public record SegmentReference(String id, Integer version) {}
