package dev.tern.model.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class IdsTest {

  @Test
  void newIdsAre32LowerCaseHexAndDistinct() {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 1000; i++) {
      String id = Ids.newId();
      assertTrue(id.matches("[0-9a-f]{32}"), id);
      seen.add(id);
    }
    assertEquals(1000, seen.size());
  }

  @Test
  void wellFormedRejectsOtherShapes() {
    assertTrue(Ids.isWellFormed("810c7aab86d42fb2b56c8c966e0a0b1c"));
    assertFalse(Ids.isWellFormed("810C7AAB86D42FB2B56C8C966E0A0B1C"));
    assertFalse(Ids.isWellFormed("810c7aab-86d4-2fb2-b56c-8c966e0a0b1c"));
    assertFalse(Ids.isWellFormed(null));
  }
}
