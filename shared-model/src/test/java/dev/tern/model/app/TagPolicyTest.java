package dev.tern.model.app;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tern.model.common.BadRequestException;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TagPolicyTest {

  @Test
  void acceptsFiftyTagsAtMaximumLengths() {
    Map<String, String> tags = new HashMap<>();
    for (int i = 0; i < 49; i++) {
      tags.put("k" + i, "v");
    }
    tags.put("k".repeat(128), "v".repeat(256));
    assertDoesNotThrow(() -> TagPolicy.check(tags));
    assertDoesNotThrow(() -> TagPolicy.check(Map.of("cost center", "")));
    assertDoesNotThrow(() -> TagPolicy.check(null));
  }

  @Test
  void rejectsMoreThanFiftyTags() {
    Map<String, String> tags = new HashMap<>();
    for (int i = 0; i < 51; i++) {
      tags.put("k" + i, "v");
    }
    assertThrows(BadRequestException.class, () -> TagPolicy.check(tags));
  }

  @Test
  void rejectsBadKeysAndValues() {
    assertThrows(BadRequestException.class, () -> TagPolicy.check(Map.of("", "v")));
    assertThrows(BadRequestException.class, () -> TagPolicy.check(Map.of("k".repeat(129), "v")));
    assertThrows(BadRequestException.class, () -> TagPolicy.check(Map.of("k", "v".repeat(257))));
    assertThrows(BadRequestException.class, () -> TagPolicy.check(Map.of("AWS:owner", "v")));
    assertThrows(BadRequestException.class, () -> TagPolicy.check(Map.of("semi;colon", "v")));
  }
}
