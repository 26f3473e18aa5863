package dev.tern.model.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tern.model.common.ConflictException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class InMemoryAppStoreTest {

  final InMemoryAppStore store = new InMemoryAppStore();

  static App app(String id) {
    return new App(id, App.arn("us-east-1", "1", id), "n", null, Instant.EPOCH);
  }

  @Test
  void createRefusesADuplicateId() {
    store.create(app("a"));
    assertThrows(ConflictException.class, () -> store.create(app("a")));
  }

  @Test
  void saveSettingsOfUnknownAppWritesNothing() {
    assertFalse(store.saveSettings("a", AppSettings.defaults(Instant.EPOCH)));
    assertEquals(java.util.Optional.empty(), store.findSettings("a"));
  }

  @Test
  void emptyStoreListsOneEmptyPage() {
    assertEquals(List.of(), store.list(5, null).items());
    assertNull(store.list(5, null).nextToken());
  }
}
