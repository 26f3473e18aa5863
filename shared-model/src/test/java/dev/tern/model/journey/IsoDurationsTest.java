package dev.tern.model.journey;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IsoDurationsTest {

  @ParameterizedTest
  @CsvSource({
      "PT1H, 3600", "P1D, 86400", "P2W, 1209600", "P1M, 2592000", "P1Y, 31536000", "P1DT12H, 129600",
      "PT30M, 1800", "PT1.5S, 1", "PT0S, 0", "P1Y2M3W4DT5H6M7S, 38898367"})
  void readsIsoDurations(String text, long seconds) {
    assertEquals(Optional.of(Duration.ofSeconds(seconds)), IsoDurations.parse(text).map(d -> Duration.ofSeconds(d.getSeconds())));
  }

  @ParameterizedTest
  @CsvSource({"P", "PT", "1H", "PT1H30", "P1H", "-PT1H", "pt1h", "P1DT", "PT99999999999999999999H", "P9223372036854775807W", "P25269512623193729Y", "''"})
  void refusesAnythingElse(String text) {
    assertEquals(Optional.empty(), IsoDurations.parse(text));
  }
}
