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
import dev.tern.model.common.Page;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemResponse;

class DynamoDbAppStoreTest {

  static final String TABLE = "tern-apps-test";
  static final String ID = "0123456789abcdef0123456789abcdef";
  static final Instant CREATED = Instant.parse("2026-11-26T10:00:00.123Z");
  static final App APP = new App(ID, App.arn("eu-west-1", "123456789012", ID), "Shop", Map.of("team", "growth"), CREATED);

  final RecordingDynamoDbClient dynamo = new RecordingDynamoDbClient();
  final DynamoDbAppStore store = new DynamoDbAppStore(dynamo, TABLE);

  static Map<String, AttributeValue> appItem() {
    return Map.of(
        "ApplicationId", AttributeValue.fromS(ID),
        "Name", AttributeValue.fromS("Shop"),
        "Arn", AttributeValue.fromS(APP.arn()),
        "CreationDate", AttributeValue.fromS("2026-11-26T10:00:00.123Z"),
        "tags", AttributeValue.fromM(Map.of("team", AttributeValue.fromS("growth"))));
  }

  @Test
  void createPutsOneItemOnlyIfTheIdIsFree() {
    dynamo.answer(PutItemResponse.builder().build());
    store.create(APP);

    PutItemRequest put = dynamo.only(PutItemRequest.class);
    assertEquals(TABLE, put.tableName());
    assertEquals(appItem(), put.item());
    assertEquals("attribute_not_exists(#id)", put.conditionExpression());
    assertEquals(Map.of("#id", "ApplicationId"), put.expressionAttributeNames());
  }

  @Test
  void createOfATakenIdIsAConflict() {
    dynamo.answer(ConditionalCheckFailedException.builder().message("taken").build());
    assertThrows(ConflictException.class, () -> store.create(APP));
  }

  @Test
  void findGetsTheItemByKeyWithConsistentRead() {
    dynamo.answer(GetItemResponse.builder().item(appItem()).build());

    assertEquals(Optional.of(APP), store.find(ID));

    GetItemRequest get = dynamo.only(GetItemRequest.class);
    assertEquals(TABLE, get.tableName());
    assertEquals(Map.of("ApplicationId", AttributeValue.fromS(ID)), get.key());
    assertTrue(get.consistentRead());
  }

  @Test
  void findOfAMissingItemIsEmpty() {
    dynamo.answer(GetItemResponse.builder().build());
    assertEquals(Optional.empty(), store.find(ID));
  }

  @Test
  void listScansWithLimitAndTurnsTheLastKeyIntoAnOpaqueToken() {
    dynamo.answer(ScanResponse.builder().items(List.of(appItem())).lastEvaluatedKey(Map.of("ApplicationId", AttributeValue.fromS(ID))).build());
    dynamo.answer(ScanResponse.builder().items(List.of()).build());

    Page<App> first = store.list(1, null);
    Page<App> second = store.list(1, first.nextToken());

    assertEquals(List.of(APP), first.items());
    assertFalse(first.nextToken().contains(ID), "the token is opaque");
    assertTrue(first.nextToken().matches("[A-Za-z0-9_-]+"), "base64url, safe in a query string");
    assertNull(second.nextToken());
    ScanRequest scan1 = (ScanRequest) dynamo.requests.get(0);
    ScanRequest scan2 = (ScanRequest) dynamo.requests.get(1);
    assertEquals(TABLE, scan1.tableName());
    assertEquals(1, scan1.limit());
    assertFalse(scan1.hasExclusiveStartKey());
    assertEquals(Map.of("ApplicationId", AttributeValue.fromS(ID)), scan2.exclusiveStartKey());
  }

  @Test
  void aTokenNotIssuedByTheStoreIsABadRequestAndNoScan() {
    for (String token : new String[] {"%%%", "abc", DynamoDbAppStore.encode("not-an-id"), "eyJhIjoxfQ"}) {
      assertThrows(BadRequestException.class, () -> store.list(5, token), token);
    }
    assertEquals(List.of(), dynamo.requests);
  }

  @Test
  void deleteReturnsTheOldItem() {
    dynamo.answer(DeleteItemResponse.builder().attributes(appItem()).build());

    assertEquals(Optional.of(APP), store.delete(ID));

    DeleteItemRequest delete = dynamo.only(DeleteItemRequest.class);
    assertEquals(TABLE, delete.tableName());
    assertEquals(Map.of("ApplicationId", AttributeValue.fromS(ID)), delete.key());
    assertEquals(ReturnValue.ALL_OLD, delete.returnValues());
  }

  @Test
  void deleteOfAMissingItemIsEmpty() {
    dynamo.answer(DeleteItemResponse.builder().build());
    assertEquals(Optional.empty(), store.delete(ID));
  }

  @Test
  void saveSettingsSetsTheNestedMapOnlyOnAnExistingApp() {
    dynamo.answer(UpdateItemResponse.builder().build());
    AppSettings settings = new AppSettings(
        new CampaignHook("fn", CampaignHook.Mode.FILTER, null),
        new CampaignLimits(5, 60, null, null, null),
        new QuietTime("07:00", "22:00"),
        new JourneyLimits(1, new JourneyTimeframeCap(2, 7), null),
        true, null, CREATED);

    assertTrue(store.saveSettings(ID, settings));

    UpdateItemRequest update = dynamo.only(UpdateItemRequest.class);
    assertEquals(TABLE, update.tableName());
    assertEquals(Map.of("ApplicationId", AttributeValue.fromS(ID)), update.key());
    assertEquals("SET #s = :s", update.updateExpression());
    assertEquals("attribute_exists(#id)", update.conditionExpression());
    assertEquals(Map.of("#s", "Settings", "#id", "ApplicationId"), update.expressionAttributeNames());
    Map<String, AttributeValue> s = update.expressionAttributeValues().get(":s").m();
    assertEquals(AttributeValue.fromM(Map.of(
        "LambdaFunctionName", AttributeValue.fromS("fn"), "Mode", AttributeValue.fromS("FILTER"))), s.get("CampaignHook"));
    assertEquals(AttributeValue.fromM(Map.of(
        "Daily", AttributeValue.fromN("5"), "MaximumDuration", AttributeValue.fromN("60"))), s.get("Limits"));
    assertEquals(AttributeValue.fromBool(true), s.get("CloudWatchMetricsEnabled"));
    assertFalse(s.containsKey("EventTaggingEnabled"), "absent members are absent attributes");
    assertEquals(AttributeValue.fromS("2026-11-26T10:00:00.123Z"), s.get("LastModifiedDate"));
  }

  @Test
  void saveSettingsOfAMissingAppReturnsFalse() {
    dynamo.answer(ConditionalCheckFailedException.builder().message("gone").build());
    assertFalse(store.saveSettings(ID, AppSettings.defaults(CREATED)));
  }

  @Test
  void settingsRoundTripThroughTheItem() {
    AppSettings settings = new AppSettings(
        new CampaignHook(null, CampaignHook.Mode.DELIVERY, "https://hook.example"),
        new CampaignLimits(1, 61, 2, 3, 4),
        new QuietTime("07:00", "22:00"),
        new JourneyLimits(0, new JourneyTimeframeCap(5, 30), 100),
        false, true, CREATED);
    dynamo.answer(UpdateItemResponse.builder().build());
    store.saveSettings(ID, settings);
    AttributeValue stored = ((UpdateItemRequest) dynamo.requests.get(0)).expressionAttributeValues().get(":s");
    dynamo.answer(GetItemResponse.builder().item(Map.of("Settings", stored)).build());

    assertEquals(Optional.of(settings), store.findSettings(ID));

    GetItemRequest get = (GetItemRequest) dynamo.requests.get(1);
    assertEquals("#s", get.projectionExpression());
    assertEquals(Map.of("#s", "Settings"), get.expressionAttributeNames());
    assertTrue(get.consistentRead());
  }

  @Test
  void findSettingsOfAnAppThatNeverWroteThemIsEmpty() {
    dynamo.answer(GetItemResponse.builder().item(Map.of()).build());
    assertEquals(Optional.empty(), store.findSettings(ID));
  }

  @Test
  void replaceTagsIsOneUpdateConditionedOnExistenceAndExactlyTheTagsRead() {
    dynamo.answer(UpdateItemResponse.builder().build());

    assertTrue(store.replaceTags(ID, Map.of("team", "growth"), Map.of("team", "growth", "stage", "prod")));

    UpdateItemRequest update = dynamo.only(UpdateItemRequest.class);
    assertEquals(TABLE, update.tableName());
    assertEquals(Map.of("ApplicationId", AttributeValue.fromS(ID)), update.key());
    assertEquals("SET #tags = :tags", update.updateExpression());
    assertEquals("attribute_exists(#key) AND size(#tags) = :tgn AND #tags.#tg0 = :tg0", update.conditionExpression());
    assertEquals(Map.of("#key", "ApplicationId", "#tags", "tags", "#tg0", "team"), update.expressionAttributeNames());
    assertEquals(Map.of(":tags", AttributeValue.fromM(Map.of("team", AttributeValue.fromS("growth"),
            "stage", AttributeValue.fromS("prod"))),
        ":tgn", AttributeValue.fromN("1"), ":tg0", AttributeValue.fromS("growth")), update.expressionAttributeValues());
  }

  @Test
  void replaceTagsOfAnUntaggedAppAcceptsAMissingOrEmptyMapAndReportsALostRace() {
    dynamo.answer(ConditionalCheckFailedException.builder().message("changed").build());

    assertFalse(store.replaceTags(ID, Map.of(), Map.of("k", "v")));

    UpdateItemRequest update = dynamo.only(UpdateItemRequest.class);
    assertEquals("attribute_exists(#key) AND (attribute_not_exists(#tags) OR size(#tags) = :tgn)",
        update.conditionExpression());
    assertEquals(AttributeValue.fromN("0"), update.expressionAttributeValues().get(":tgn"));
  }
}
