package dev.tern.model.endpoint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class CohortIdTest {

  @Test
  void isStableForAnId() {
    assertEquals(CohortId.of("endpoint-42"), CohortId.of("endpoint-42"));
  }

  @Test
  void pinnedValuesCatchAChangedDerivation() {
    // Changing the derivation moves every endpoint to another cohort and breaks running A/B splits.
    assertEquals(Pinned.EP1, CohortId.of("ep1"));
    assertEquals(Pinned.UUID, CohortId.of("5f1c2a9e-8d3b-4c61-a0f7-2b9e6d4c1a83"));
  }

  @Test
  void spreadsEndpointsEvenlyOverOneHundredCohorts() {
    int[] counts = new int[100];
    IntStream.range(0, 100_000).forEach(i -> counts[CohortId.of("endpoint-" + i)]++);
    for (int cohort = 0; cohort < 100; cohort++) {
      // ~1,000 expected per cohort, standard deviation ~31: ±15 % is about five sigma.
      assertTrue(counts[cohort] > 850 && counts[cohort] < 1150,
          "cohort " + cohort + " has " + counts[cohort] + " of 100,000 endpoints");
    }
  }

  /** Values computed independently (Python hashlib: signed big-endian first 8 bytes of SHA-256, mod 100). */
  private static final class Pinned {
    static final int EP1 = 46;
    static final int UUID = 62;
  }
}
