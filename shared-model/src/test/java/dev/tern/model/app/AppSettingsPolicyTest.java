package dev.tern.model.app;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tern.model.common.BadRequestException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AppSettingsPolicyTest {

  static AppSettingsUpdate limits(Integer daily, Integer maxDuration, Integer mps, Integer total, Integer session) {
    return new AppSettingsUpdate(null, new CampaignLimits(daily, maxDuration, mps, total, session), null, null, null, null);
  }

  static AppSettingsUpdate quiet(String start, String end) {
    return new AppSettingsUpdate(null, null, new QuietTime(end, start), null, null, null);
  }

  static AppSettingsUpdate journey(Integer daily, Integer total, Integer cap, Integer days) {
    return new AppSettingsUpdate(null, null, null, new JourneyLimits(daily, new JourneyTimeframeCap(cap, days), total), null, null);
  }

  static Stream<Arguments> invalid() {
    return Stream.of(
        Arguments.of(limits(101, null, null, null, null), "Limits.Daily"),
        Arguments.of(limits(-1, null, null, null, null), "Limits.Daily"),
        Arguments.of(limits(null, 59, null, null, null), "Limits.MaximumDuration"),
        Arguments.of(limits(null, null, 0, null, null), "Limits.MessagesPerSecond"),
        Arguments.of(limits(null, null, 20_001, null, null), "Limits.MessagesPerSecond"),
        Arguments.of(limits(null, null, null, 101, null), "Limits.Total"),
        Arguments.of(limits(null, null, null, null, -1), "Limits.Session"),
        Arguments.of(quiet("7:00", "08:00"), "QuietTime.Start"),
        Arguments.of(quiet("22:00", "24:00"), "QuietTime.End"),
        Arguments.of(quiet("22:00", null), "QuietTime.Start and QuietTime.End"),
        Arguments.of(journey(101, null, null, null), "JourneyLimits.DailyCap"),
        Arguments.of(journey(null, 101, null, null), "JourneyLimits.TotalCap"),
        Arguments.of(journey(null, null, 101, null), "JourneyLimits.TimeframeCap.Cap"),
        Arguments.of(journey(null, null, null, 31), "JourneyLimits.TimeframeCap.Days"));
  }

  @ParameterizedTest
  @MethodSource("invalid")
  void rejectsNamingTheField(AppSettingsUpdate update, String field) {
    BadRequestException e = assertThrows(BadRequestException.class, () -> AppSettingsPolicy.check(update));
    assertTrue(e.getMessage().startsWith(field), e.getMessage());
  }

  @Test
  void acceptsTheBoundsAndZeroAsNoLimit() {
    assertDoesNotThrow(() -> AppSettingsPolicy.check(limits(100, 60, 20_000, 100, 0)));
    assertDoesNotThrow(() -> AppSettingsPolicy.check(limits(0, null, 1, 0, null)));
    assertDoesNotThrow(() -> AppSettingsPolicy.check(quiet("22:00", "07:30")));
    assertDoesNotThrow(() -> AppSettingsPolicy.check(quiet(null, null)));
    assertDoesNotThrow(() -> AppSettingsPolicy.check(journey(0, 100, 100, 30)));
    assertDoesNotThrow(() -> AppSettingsPolicy.check(new AppSettingsUpdate(null, null, null, null, null, null)));
  }
}
