package dev.tern.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tern.model.auth.AccessKey;
import dev.tern.model.auth.AppScope;
import dev.tern.model.auth.KeyStatus;
import dev.tern.model.auth.Role;
import dev.tern.model.auth.SealedSecret;
import dev.tern.model.auth.StoredAccessKey;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemResponse;

/** Pins the exact DynamoDB requests of {@link DynamoDbAccessKeyStore}. */
class DynamoDbAccessKeyStoreTest {

  static final String TABLE = "tern-access-keys-test";
  static final String ID = "TERNABCDEFGHIJKLMNOP";
  static final Instant CREATED = Instant.parse("2026-11-26T10:00:00Z");
  static final byte[] SEALED = {1, 2, 3, 4};

  final RecordingDynamoDbClient dynamo = new RecordingDynamoDbClient();
  final DynamoDbAccessKeyStore store = new DynamoDbAccessKeyStore(dynamo, TABLE);

  static StoredAccessKey scoped() {
    return new StoredAccessKey(new AccessKey(ID, CREATED, KeyStatus.ACTIVE, Role.READ_ONLY,
        AppScope.apps(Set.of("app1")), "dashboards"), new SealedSecret(SEALED));
  }

  static Map<String, AttributeValue> scopedItem() {
    return Map.of(
        "AccessKeyId", AttributeValue.fromS(ID),
        "Created", AttributeValue.fromS("2026-11-26T10:00:00Z"),
        "Status", AttributeValue.fromS("ACTIVE"),
        "Role", AttributeValue.fromS("READ_ONLY"),
        "AppIds", AttributeValue.fromSs(List.of("app1")),
        "Description", AttributeValue.fromS("dashboards"),
        "SealedSecret", AttributeValue.fromB(SdkBytes.fromByteArray(SEALED)));
  }

  @Test
  void putWritesTheSealedSecretAndTheScope() {
    dynamo.answer(PutItemResponse.builder().build());
    store.put(scoped());
    PutItemRequest put = dynamo.only(PutItemRequest.class);
    assertEquals(TABLE, put.tableName());
    assertEquals(scopedItem(), put.item());
  }

  @Test
  void aKeyForAllAppsHasNoAppIdsAttribute() {
    dynamo.answer(PutItemResponse.builder().build());
    store.put(new StoredAccessKey(new AccessKey(ID, CREATED, KeyStatus.ACTIVE, Role.ADMIN, AppScope.allApps(), ""),
        new SealedSecret(SEALED)));
    Map<String, AttributeValue> item = dynamo.only(PutItemRequest.class).item();
    assertFalse(item.containsKey("AppIds"));
    assertFalse(item.containsKey("Description"));
    assertEquals(AppScope.allApps(), DynamoDbAccessKeyStore.toKey(item).scope());
  }

  @Test
  void findReadsConsistentlySoARevocationIsSeenAtOnce() {
    dynamo.answer(GetItemResponse.builder().item(scopedItem()).build());
    assertEquals(Optional.of(scoped()), store.find(ID));
    GetItemRequest get = dynamo.only(GetItemRequest.class);
    assertTrue(get.consistentRead());
    assertEquals(Map.of("AccessKeyId", AttributeValue.fromS(ID)), get.key());
  }

  @Test
  void findOfAnUnknownKeyIsEmpty() {
    dynamo.answer(GetItemResponse.builder().build());
    assertEquals(Optional.empty(), store.find(ID));
  }

  @Test
  void listScansEveryPageWithoutTheSecrets() {
    Map<String, AttributeValue> older = new java.util.HashMap<>(scopedItem());
    older.put("AccessKeyId", AttributeValue.fromS("TERNAAAAAAAAAAAAAAAA"));
    older.put("Created", AttributeValue.fromS("2026-01-01T00:00:00Z"));
    dynamo.answer(ScanResponse.builder().items(scopedItem()).lastEvaluatedKey(Map.of("AccessKeyId", AttributeValue.fromS(ID))).build());
    dynamo.answer(ScanResponse.builder().items(older).build());
    List<AccessKey> keys = store.list();
    assertEquals(List.of("TERNAAAAAAAAAAAAAAAA", ID), keys.stream().map(AccessKey::id).toList());
    ScanRequest first = (ScanRequest) dynamo.requests.get(0);
    assertFalse(first.projectionExpression().contains("SealedSecret"));
    assertFalse(first.expressionAttributeNames().containsValue("SealedSecret"));
    assertEquals(Map.of("AccessKeyId", AttributeValue.fromS(ID)), ((ScanRequest) dynamo.requests.get(1)).exclusiveStartKey());
  }

  @Test
  void revokeSetsTheStatusOnlyOnAnExistingKey() {
    dynamo.answer(UpdateItemResponse.builder().build());
    assertTrue(store.revoke(ID));
    UpdateItemRequest update = dynamo.only(UpdateItemRequest.class);
    assertEquals("SET #s = :revoked", update.updateExpression());
    assertEquals("attribute_exists(#id)", update.conditionExpression());
    assertEquals(AttributeValue.fromS("REVOKED"), update.expressionAttributeValues().get(":revoked"));
  }

  @Test
  void revokeOfAnUnknownKeyIsFalse() {
    dynamo.answer(ConditionalCheckFailedException.builder().message("no").build());
    assertFalse(store.revoke(ID));
  }
}
