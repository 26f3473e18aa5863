package dev.tern.model.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class TimestampsTest {

  @Test
  void formatsLikeAwsWithMillis() {
    assertEquals("2018-06-05T21:49:15.288Z", Timestamps.format(Instant.parse("2018-06-05T21:49:15.288Z")));
  }

  @Test
  void keepsZeroMillisAndDropsMicros() {
    assertEquals("2018-06-05T21:49:15.000Z", Timestamps.format(Instant.parse("2018-06-05T21:49:15Z")));
    assertEquals("2018-06-05T21:49:15.288Z", Timestamps.format(Instant.parse("2018-06-05T21:49:15.288999Z")));
  }

  @Test
  void parsesWhatItFormats() {
    Instant t = Instant.parse("2026-11-26T16:00:00.123Z");
    assertEquals(t, Timestamps.parse(Timestamps.format(t)));
    assertThrows(IllegalArgumentException.class, () -> Timestamps.parse("yesterday"));
  }
}
