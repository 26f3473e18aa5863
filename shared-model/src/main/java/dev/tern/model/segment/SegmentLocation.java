package dev.tern.model.segment;

/** Pinpoint's {@code SegmentLocation}; both members optional. */
public record SegmentLocation(SetDimension country, GpsPointDimension gpsPoint) {}
