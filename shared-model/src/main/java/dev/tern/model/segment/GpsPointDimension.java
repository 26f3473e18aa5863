package dev.tern.model.segment;

/**
 * Pinpoint's {@code GPSPointDimension}: endpoints within a radius of a point.
 *
 * @param rangeInKilometers optional in the API model but "Required: Yes" in CloudFormation's
 *     AWS::Pinpoint::Segment GPSPoint; Tern's validator requires it
 */
public record GpsPointDimension(GpsCoordinates coordinates, Double rangeInKilometers) {}
