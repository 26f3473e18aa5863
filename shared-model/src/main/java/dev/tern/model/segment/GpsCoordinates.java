package dev.tern.model.segment;

/** Pinpoint's {@code GPSCoordinates}, in decimal degrees. */
public record GpsCoordinates(double latitude, double longitude) {

  /** Mean Earth radius (IUGG), the usual constant for haversine distances. */
  static final double EARTH_RADIUS_KM = 6371.0088;

  /** Great-circle (haversine) distance in kilometres to the given point. */
  public double distanceKm(double otherLatitude, double otherLongitude) {
    double phi1 = Math.toRadians(latitude);
    double phi2 = Math.toRadians(otherLatitude);
    double dPhi = phi2 - phi1;
    double dLambda = Math.toRadians(otherLongitude - longitude);
    double h = Math.pow(Math.sin(dPhi / 2), 2)
        + Math.cos(phi1) * Math.cos(phi2) * Math.pow(Math.sin(dLambda / 2), 2);
    return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1.0, Math.sqrt(h)));
  }
}
