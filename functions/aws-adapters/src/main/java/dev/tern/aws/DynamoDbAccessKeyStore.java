package dev.tern.aws;

import dev.tern.model.auth.AccessKey;
import dev.tern.model.auth.AccessKeyStore;
import dev.tern.model.auth.AppScope;
import dev.tern.model.auth.KeyStatus;
import dev.tern.model.auth.Role;
import dev.tern.model.auth.SealedSecret;
import dev.tern.model.auth.StoredAccessKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;

/**
 * {@link AccessKeyStore} on the AccessKeysTable, key {@code AccessKeyId} (S), one item per key:
 * {@code Created} (ISO-8601), {@code Status}, {@code Role}, {@code AppIds} (SS, absent for a key on all
 * apps), {@code Description} and {@code SealedSecret} (B, the KMS ciphertext; never the clear secret).
 *
 * <p>Every request reads its key with a strongly consistent GetItem, so a revocation takes effect on
 * the very next request. {@link #list} scans: keys are few (issued by hand by admins), unlike
 * endpoints, so a scan of the whole table is a handful of items.
 */
public final class DynamoDbAccessKeyStore implements AccessKeyStore {

  static final String ID = "AccessKeyId";
  static final String CREATED = "Created";
  static final String STATUS = "Status";
  static final String ROLE = "Role";
  static final String APP_IDS = "AppIds";
  static final String DESCRIPTION = "Description";
  static final String SEALED_SECRET = "SealedSecret";

  private final DynamoDbClient dynamo;
  private final String table;

  /** A store on {@code table} through {@code dynamo}. */
  public DynamoDbAccessKeyStore(DynamoDbClient dynamo, String table) {
    this.dynamo = dynamo;
    this.table = table;
  }

  @Override
  public Optional<StoredAccessKey> find(String id) {
    GetItemResponse r = dynamo.getItem(b -> b.tableName(table).key(key(id)).consistentRead(true));
    return r.hasItem() && !r.item().isEmpty() ? Optional.of(toStored(r.item())) : Optional.empty();
  }

  @Override
  public void put(StoredAccessKey key) {
    dynamo.putItem(b -> b.tableName(table).item(toItem(key)));
  }

  @Override
  public List<AccessKey> list() {
    List<AccessKey> keys = new ArrayList<>();
    Map<String, AttributeValue> start = null;
    do {
      Map<String, AttributeValue> from = start;
      // The sealed secrets are not needed to list keys: leave them in the table.
      ScanResponse r = dynamo.scan(b -> b.tableName(table).exclusiveStartKey(from)
          .projectionExpression("#id, #c, #s, #r, #a, #d")
          .expressionAttributeNames(Map.of("#id", ID, "#c", CREATED, "#s", STATUS, "#r", ROLE,
              "#a", APP_IDS, "#d", DESCRIPTION)));
      r.items().forEach(item -> keys.add(toKey(item)));
      start = r.hasLastEvaluatedKey() && !r.lastEvaluatedKey().isEmpty() ? r.lastEvaluatedKey() : null;
    } while (start != null);
    keys.sort(Comparator.comparing(AccessKey::created).thenComparing(AccessKey::id));
    return keys;
  }

  @Override
  public boolean revoke(String id) {
    try {
      // The condition keeps a revoke of an unknown id from creating a status-only item.
      dynamo.updateItem(b -> b.tableName(table).key(key(id))
          .updateExpression("SET #s = :revoked")
          .conditionExpression("attribute_exists(#id)")
          .expressionAttributeNames(Map.of("#s", STATUS, "#id", ID))
          .expressionAttributeValues(Map.of(":revoked", AttributeValue.fromS(KeyStatus.REVOKED.name()))));
      return true;
    } catch (ConditionalCheckFailedException e) {
      return false;
    }
  }

  static Map<String, AttributeValue> key(String id) {
    return Map.of(ID, AttributeValue.fromS(id));
  }

  static Map<String, AttributeValue> toItem(StoredAccessKey stored) {
    AccessKey key = stored.key();
    Map<String, AttributeValue> item = new HashMap<>();
    item.put(ID, AttributeValue.fromS(key.id()));
    item.put(CREATED, AttributeValue.fromS(key.created().toString()));
    item.put(STATUS, AttributeValue.fromS(key.status().name()));
    item.put(ROLE, AttributeValue.fromS(key.role().name()));
    if (key.scope() instanceof AppScope.Apps apps) {
      item.put(APP_IDS, AttributeValue.fromSs(List.copyOf(apps.appIds())));
    }
    if (!key.description().isEmpty()) {
      item.put(DESCRIPTION, AttributeValue.fromS(key.description()));
    }
    item.put(SEALED_SECRET, AttributeValue.fromB(SdkBytes.fromByteArray(stored.sealedSecret().bytes())));
    return item;
  }

  static AccessKey toKey(Map<String, AttributeValue> item) {
    AttributeValue apps = item.get(APP_IDS);
    AppScope scope = apps == null || !apps.hasSs() ? AppScope.allApps() : AppScope.apps(new HashSet<>(apps.ss()));
    AttributeValue description = item.get(DESCRIPTION);
    return new AccessKey(item.get(ID).s(), Instant.parse(item.get(CREATED).s()),
        KeyStatus.valueOf(item.get(STATUS).s()), Role.valueOf(item.get(ROLE).s()), scope,
        description == null ? "" : description.s());
  }

  static StoredAccessKey toStored(Map<String, AttributeValue> item) {
    return new StoredAccessKey(toKey(item), new SealedSecret(item.get(SEALED_SECRET).b().asByteArray()));
  }
}
