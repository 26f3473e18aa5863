package dev.tern.model.segment;

/** Pinpoint's {@code SegmentDemographics}; every member optional (null = no criterion). */
public record SegmentDemographics(
    SetDimension appVersion,
    SetDimension channel,
    SetDimension deviceType,
    SetDimension make,
    SetDimension model,
    SetDimension platform) {}
