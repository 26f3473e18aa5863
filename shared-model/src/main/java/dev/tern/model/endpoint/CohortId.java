package dev.tern.model.endpoint;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The endpoint's cohort, 0–99. Pinpoint documents CohortId as "a number from 0-99 … Endpoints are grouped
 * into cohorts randomly, and each cohort contains approximately 1 percent of the endpoints" and uses it to
 * allocate holdouts and treatments. Tern derives it from a hash of the endpoint id instead of a random draw:
 * uniform enough for ~1 % per cohort, and the same endpoint lands in the same cohort on every run, in
 * every store and after a re-import, so splits are reproducible without storing the draw.
 */
public final class CohortId {

  private CohortId() {}

  /** The cohort (0–99) of an endpoint id: the first 8 bytes of SHA-256(UTF-8 id), modulo 100. */
  public static int of(String endpointId) {
    byte[] digest = sha256(endpointId.getBytes(StandardCharsets.UTF_8));
    long prefix = 0;
    for (int i = 0; i < 8; i++) {
      prefix = (prefix << 8) | (digest[i] & 0xFF);
    }
    return (int) Math.floorMod(prefix, 100L);
  }

  private static byte[] sha256(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK provides SHA-256", e);
    }
  }
}
