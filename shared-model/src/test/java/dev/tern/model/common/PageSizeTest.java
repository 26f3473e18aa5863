package dev.tern.model.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class PageSizeTest {

  @Test
  void absentMeansDefault() {
    assertEquals(PageSize.DEFAULT, PageSize.parse(null));
    assertEquals(PageSize.DEFAULT, PageSize.parse(""));
  }

  @Test
  void acceptsTheBounds() {
    assertEquals(1, PageSize.parse("1"));
    assertEquals(1000, PageSize.parse("1000"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "-1", "1001", "ten", "1.5", "99999999999"})
  void rejectsOutOfRangeOrNonNumbers(String raw) {
    BadRequestException e = assertThrows(BadRequestException.class, () -> PageSize.parse(raw));
    assertTrue(e.getMessage().startsWith("page-size"), e.getMessage());
  }
}
