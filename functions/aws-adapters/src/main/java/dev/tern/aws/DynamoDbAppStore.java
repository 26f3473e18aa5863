package dev.tern.aws;

import dev.tern.model.app.App;
import dev.tern.model.app.AppSettings;
import dev.tern.model.app.AppStore;
import dev.tern.model.common.BadRequestException;
import dev.tern.model.common.ConflictException;
import dev.tern.model.common.Ids;
import dev.tern.model.common.Page;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;

/**
 * {@link AppStore} on one DynamoDB table keyed by {@code ApplicationId} (S): one item per app holding
 * its name, ARN, creation date, tags and, once written, its settings as a nested map attribute
 * {@code Settings}. Keeping settings on the app item makes DeleteApp remove both atomically.
 */
public final class DynamoDbAppStore implements AppStore {

  /** Prefix inside list tokens, so a token from another listing or version is rejected, not misread. */
  private static final String TOKEN_PREFIX = "apps.v1:";

  private final DynamoDbClient dynamo;
  private final String table;

  /** A store on {@code table} through {@code dynamo}. */
  public DynamoDbAppStore(DynamoDbClient dynamo, String table) {
    this.dynamo = dynamo;
    this.table = table;
  }

  @Override
  public void create(App app) {
    try {
      dynamo.putItem(b -> b.tableName(table)
          .item(AppItems.toItem(app))
          .conditionExpression("attribute_not_exists(#id)")
          .expressionAttributeNames(Map.of("#id", AppItems.ID)));
    } catch (ConditionalCheckFailedException e) {
      throw new ConflictException("Application " + app.id() + " already exists");
    }
  }

  @Override
  public Optional<App> find(String id) {
    // Strongly consistent, so a GetApp right after CreateApp sees the app.
    GetItemResponse r = dynamo.getItem(b -> b.tableName(table).key(AppItems.key(id)).consistentRead(true));
    return r.hasItem() && !r.item().isEmpty() ? Optional.of(AppItems.toApp(r.item())) : Optional.empty();
  }

  @Override
  public Page<App> list(int limit, String token) {
    Map<String, AttributeValue> start = token == null ? null : AppItems.key(decode(token));
    ScanResponse r = dynamo.scan(b -> b.tableName(table).limit(limit).exclusiveStartKey(start));
    // DynamoDB may return a LastEvaluatedKey even when nothing follows; the next page is then empty
    // with no token, which Pinpoint clients handle (they stop on a missing NextToken).
    String next = r.hasLastEvaluatedKey() && !r.lastEvaluatedKey().isEmpty()
        ? encode(r.lastEvaluatedKey().get(AppItems.ID).s())
        : null;
    return new Page<>(r.items().stream().map(AppItems::toApp).toList(), next);
  }

  @Override
  public Optional<App> delete(String id) {
    DeleteItemResponse r = dynamo.deleteItem(b -> b.tableName(table).key(AppItems.key(id)).returnValues(ReturnValue.ALL_OLD));
    return r.hasAttributes() && !r.attributes().isEmpty() ? Optional.of(AppItems.toApp(r.attributes())) : Optional.empty();
  }

  @Override
  public Optional<AppSettings> findSettings(String id) {
    GetItemResponse r = dynamo.getItem(b -> b.tableName(table)
        .key(AppItems.key(id))
        .consistentRead(true)
        .projectionExpression("#s")
        .expressionAttributeNames(Map.of("#s", AppItems.SETTINGS)));
    if (!r.hasItem() || !r.item().containsKey(AppItems.SETTINGS)) {
      return Optional.empty();
    }
    return Optional.of(AppItems.toSettings(r.item().get(AppItems.SETTINGS)));
  }

  @Override
  public boolean saveSettings(String id, AppSettings settings) {
    try {
      // The condition stops an update from resurrecting an app deleted meanwhile as a settings-only item.
      dynamo.updateItem(b -> b.tableName(table)
          .key(AppItems.key(id))
          .updateExpression("SET #s = :s")
          .conditionExpression("attribute_exists(#id)")
          .expressionAttributeNames(Map.of("#s", AppItems.SETTINGS, "#id", AppItems.ID))
          .expressionAttributeValues(Map.of(":s", AppItems.toSettings(settings))));
      return true;
    } catch (ConditionalCheckFailedException e) {
      return false;
    }
  }

  @Override
  public boolean replaceTags(String id, Map<String, String> expected, Map<String, String> next) {
    return TagAttributes.replace(dynamo,
        TagAttributes.update(table, AppItems.key(id), AppItems.ID, expected, next, "", Map.of(), Map.of()));
  }

  static String encode(String id) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString((TOKEN_PREFIX + id).getBytes(StandardCharsets.UTF_8));
  }

  static String decode(String token) {
    try {
      String text = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
      if (text.startsWith(TOKEN_PREFIX) && Ids.isWellFormed(text.substring(TOKEN_PREFIX.length()))) {
        return text.substring(TOKEN_PREFIX.length());
      }
    } catch (IllegalArgumentException e) {
      // not base64url: reported below
    }
    throw new BadRequestException("Invalid token");
  }
}
