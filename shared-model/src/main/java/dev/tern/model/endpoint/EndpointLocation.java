package dev.tern.model.endpoint;

import static dev.tern.model.endpoint.EndpointDemographic.pick;

/**
 * Where an endpoint is, Pinpoint's {@code EndpointLocation}. Every member is optional (null = unknown).
 * Country is ISO 3166-1 alpha-2; Pinpoint documents latitude and longitude as rounded to one decimal.
 */
public record EndpointLocation(
    String city,
    String country,
    Double latitude,
    Double longitude,
    String postalCode,
    String region) {

  /** A location with every member unknown. */
  public static final EndpointLocation EMPTY = new EndpointLocation(null, null, null, null, null, null);

  /** This location with every non-null member of {@code update} laid over it. */
  public EndpointLocation overlay(EndpointLocation update) {
    if (update == null) {
      return this;
    }
    return new EndpointLocation(
        pick(update.city, city),
        pick(update.country, country),
        pick(update.latitude, latitude),
        pick(update.longitude, longitude),
        pick(update.postalCode, postalCode),
        pick(update.region, region));
  }

  /** Whether both coordinates are known, so distance-based segment dimensions can use them. */
  public boolean hasCoordinates() {
    return latitude != null && longitude != null;
  }
}
