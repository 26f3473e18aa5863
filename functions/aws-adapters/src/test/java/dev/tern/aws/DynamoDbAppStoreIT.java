package dev.tern.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tern.model.app.App;
import dev.tern.model.app.AppSettings;
import dev.tern.model.app.CampaignHook;
import dev.tern.model.app.CampaignLimits;
import dev.tern.model.app.JourneyLimits;
import dev.tern.model.app.JourneyTimeframeCap;
import dev.tern.model.app.QuietTime;
import dev.tern.model.common.BadRequestException;
import dev.tern.model.common.ConflictException;
import dev.tern.model.common.Ids;
import dev.tern.model.common.Page;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * {@link DynamoDbAppStore} against the moto emulator's DynamoDB, which evaluates the condition,
 * update and projection expressions the unit test only pins. Starts its own
 * {@code .venv/bin/moto_server} on a free port (run with {@code -Pit}).
 */
class DynamoDbAppStoreIT {

  static final String TABLE = "AppsTable-it";
  static MotoDynamoDb moto;
  static DynamoDbClient dynamo;
  static DynamoDbAppStore store;

  @BeforeAll
  static void startMoto() throws Exception {
    moto = MotoDynamoDb.start();
    dynamo = moto.dynamo;
    moto.createTable(TABLE, "ApplicationId", null);
    store = new DynamoDbAppStore(dynamo, TABLE);
  }

  @AfterAll
  static void stopMoto() {
    if (moto != null) {
      moto.close();
    }
  }

  static App newApp(String name) {
    String id = Ids.newId();
    return new App(id, App.arn("us-east-1", "123456789012", id), name, Map.of("team", "growth"), Instant.parse("2026-11-26T10:00:00.123Z"));
  }

  @Test
  void createFindDeleteAndSettingsAgainstTheEmulator() {
    App app = newApp("Shop");
    store.create(app);
    assertThrows(ConflictException.class, () -> store.create(app));
    assertEquals(Optional.of(app), store.find(app.id()));
    assertEquals(Optional.empty(), store.findSettings(app.id()));

    AppSettings settings = new AppSettings(
        new CampaignHook("fn", CampaignHook.Mode.FILTER, null), new CampaignLimits(5, 60, 100, 10, 0),
        new QuietTime("07:00", "22:00"), new JourneyLimits(1, new JourneyTimeframeCap(2, 7), 3),
        true, false, Instant.parse("2026-11-26T11:00:00Z"));
    assertTrue(store.saveSettings(app.id(), settings));
    assertEquals(Optional.of(settings), store.findSettings(app.id()));
    assertEquals(Optional.of(app), store.find(app.id()), "settings do not disturb the app attributes");

    assertEquals(Optional.of(app), store.delete(app.id()));
    assertEquals(Optional.empty(), store.find(app.id()));
    assertEquals(Optional.empty(), store.delete(app.id()));
    assertFalse(store.saveSettings(app.id(), settings), "no resurrection as a settings-only item");
    assertEquals(Optional.empty(), store.find(app.id()));
  }

  @Test
  void listPagesThroughEveryAppWithTokens() {
    List<String> created = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      App app = newApp("page" + i);
      store.create(app);
      created.add(app.id());
    }
    List<String> seen = new ArrayList<>();
    String token = null;
    int pages = 0;
    do {
      Page<App> page = store.list(3, token);
      page.items().forEach(a -> seen.add(a.id()));
      token = page.nextToken();
      pages++;
    } while (token != null && pages < 20);

    assertTrue(seen.containsAll(created), "every app listed once: " + seen);
    assertEquals(seen.size(), seen.stream().distinct().count());
    assertNull(token);
    assertThrows(BadRequestException.class, () -> store.list(3, "bogus"));
  }
}
