package dev.tern.aws;

import static dev.tern.aws.CampaignItems.APP;
import static dev.tern.aws.CampaignItems.HEAD_STATE;
import static dev.tern.aws.CampaignItems.SK;
import static dev.tern.aws.CampaignItems.STATE;
import static dev.tern.aws.CampaignItems.VERSION;
import static dev.tern.aws.CampaignItems.key;
import static dev.tern.aws.Attrs.n;
import static dev.tern.aws.Attrs.s;

import dev.tern.model.campaign.Campaign;
import dev.tern.model.campaign.CampaignState;
import dev.tern.model.campaign.CampaignStore;
import dev.tern.model.common.BadRequestException;
import dev.tern.model.common.Page;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * {@link CampaignStore} on CampaignsTable (layout in {@link CampaignItems}). A new version is one transaction:
 * the head is put on condition that it is absent (version 1) or still at version N−1, together with the
 * immutable version item, so two concurrent updates cannot both become version N and a version item never
 * exists without its head. State changes touch only the head, conditional on version and expected state.
 */
public final class DynamoDbCampaignStore implements CampaignStore {

  private static final String TOKEN_PREFIX = "campaigns.v1:";

  private final DynamoDbClient dynamo;
  private final String table;

  /** A store on {@code table} through {@code dynamo}. */
  public DynamoDbCampaignStore(DynamoDbClient dynamo, String table) {
    this.dynamo = dynamo;
    this.table = table;
  }

  @Override
  public boolean putVersion(Campaign c) {
    Put head = c.version() == 1
        ? Put.builder().tableName(table).item(CampaignItems.head(c))
            .conditionExpression("attribute_not_exists(#sk)").expressionAttributeNames(Map.of("#sk", SK)).build()
        : Put.builder().tableName(table).item(CampaignItems.head(c))
            .conditionExpression("#v = :previous")
            .expressionAttributeNames(Map.of("#v", VERSION))
            .expressionAttributeValues(Map.of(":previous", n(c.version() - 1L))).build();
    Put version = Put.builder().tableName(table).item(CampaignItems.version(c))
        .conditionExpression("attribute_not_exists(#sk)").expressionAttributeNames(Map.of("#sk", SK)).build();
    try {
      dynamo.transactWriteItems(b -> b.transactItems(
          TransactWriteItem.builder().put(head).build(), TransactWriteItem.builder().put(version).build()));
      return true;
    } catch (TransactionCanceledException e) {
      if (e.cancellationReasons().stream().anyMatch(r -> "ConditionalCheckFailed".equals(r.code()))) {
        return false;
      }
      throw e;
    }
  }

  @Override
  public Optional<Campaign> current(String applicationId, String campaignId) {
    return get(applicationId, CampaignItems.headSk(campaignId));
  }

  @Override
  public Optional<Campaign> version(String applicationId, String campaignId, int version) {
    // The head answers for the current version (it has the live state); older versions are their own items.
    Optional<Campaign> head = current(applicationId, campaignId);
    if (head.isEmpty() || head.get().version() == version) {
      return head;
    }
    return version < 1 || version > head.get().version() ? Optional.empty()
        : get(applicationId, CampaignItems.versionSk(campaignId, version));
  }

  @Override
  public List<Campaign> versions(String applicationId, String campaignId) {
    List<Campaign> all = new ArrayList<>();
    String token = null;
    do {
      Page<Campaign> page = versions(applicationId, campaignId, 1000, token);
      all.addAll(page.items());
      token = page.nextToken();
    } while (token != null);
    return all;
  }

  @Override
  public Page<Campaign> versions(String applicationId, String campaignId, int limit, String token) {
    Optional<Campaign> head = current(applicationId, campaignId);
    if (head.isEmpty()) {
      return new Page<>(List.of(), null);
    }
    String prefix = CampaignItems.versionPrefix(campaignId);
    Page<Campaign> page = query(applicationId, prefix, false, limit, token);
    // The newest version item is stale in its state: answer the head's instead.
    List<Campaign> items = page.items().stream()
        .map(c -> c.version() == head.get().version() ? head.get() : c).toList();
    return new Page<>(items, page.nextToken());
  }

  @Override
  public Page<Campaign> list(String applicationId, int limit, String token) {
    return query(applicationId, "H#", true, limit, token);
  }

  @Override
  public Optional<Campaign> delete(String applicationId, String campaignId) {
    // The head goes first: once it is gone the campaign reads as absent, so leftover version items of a
    // crash between the two steps are invisible (version() reads the head first) and removed on the next try.
    DeleteItemResponse r = dynamo.deleteItem(b -> b.tableName(table)
        .key(key(applicationId, CampaignItems.headSk(campaignId))).returnValues(ReturnValue.ALL_OLD));
    Optional<Campaign> deleted = r.hasAttributes() && !r.attributes().isEmpty()
        ? Optional.of(CampaignItems.toCampaign(r.attributes())) : Optional.empty();
    Map<String, AttributeValue> start = null;
    do {
      QueryResponse page = dynamo.query(keysWithPrefix(applicationId, CampaignItems.versionPrefix(campaignId), start));
      for (Map<String, AttributeValue> item : page.items()) {
        dynamo.deleteItem(b -> b.tableName(table).key(key(applicationId, item.get(SK).s())));
      }
      start = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
    } while (start != null);
    return deleted;
  }

  @Override
  public List<Campaign> inState(CampaignState state) {
    List<Campaign> out = new ArrayList<>();
    Map<String, AttributeValue> start = null;
    do {
      Map<String, AttributeValue> from = start;
      QueryResponse r = dynamo.query(b -> b.tableName(table).indexName(CampaignItems.STATE_INDEX)
          .keyConditionExpression("#hs = :state")
          .expressionAttributeNames(Map.of("#hs", HEAD_STATE))
          .expressionAttributeValues(Map.of(":state", s(state.name())))
          .exclusiveStartKey(from));
      r.items().forEach(item -> out.add(CampaignItems.toCampaign(item)));
      start = r.hasLastEvaluatedKey() && !r.lastEvaluatedKey().isEmpty() ? r.lastEvaluatedKey() : null;
    } while (start != null);
    return out;
  }

  @Override
  public boolean changeState(String applicationId, String campaignId, int version, CampaignState expected,
      CampaignState next) {
    try {
      dynamo.updateItem(b -> b.tableName(table)
          .key(key(applicationId, CampaignItems.headSk(campaignId)))
          .updateExpression("SET #st = :next, #hs = :next")
          .conditionExpression("#v = :version AND #st = :expected")
          .expressionAttributeNames(Map.of("#st", STATE, "#hs", HEAD_STATE, "#v", VERSION))
          .expressionAttributeValues(Map.of(":next", s(next.name()), ":version", n(version),
              ":expected", s(expected.name()))));
      return true;
    } catch (ConditionalCheckFailedException e) {
      return false;
    }
  }

  private Optional<Campaign> get(String applicationId, String sk) {
    GetItemResponse r = dynamo.getItem(b -> b.tableName(table).key(key(applicationId, sk)).consistentRead(true));
    return r.hasItem() && !r.item().isEmpty() ? Optional.of(CampaignItems.toCampaign(r.item())) : Optional.empty();
  }

  private Page<Campaign> query(String applicationId, String prefix, boolean forward, int limit, String token) {
    Map<String, AttributeValue> start = token == null ? null : key(applicationId, decode(token, prefix));
    QueryResponse r = dynamo.query(b -> b.tableName(table).consistentRead(true)
        .keyConditionExpression("#app = :app AND begins_with(#sk, :prefix)")
        .expressionAttributeNames(Map.of("#app", APP, "#sk", SK))
        .expressionAttributeValues(Map.of(":app", s(applicationId), ":prefix", s(prefix)))
        .scanIndexForward(forward).limit(limit).exclusiveStartKey(start));
    String next = r.hasLastEvaluatedKey() && !r.lastEvaluatedKey().isEmpty()
        ? encode(r.lastEvaluatedKey().get(SK).s()) : null;
    return new Page<>(r.items().stream().map(CampaignItems::toCampaign).toList(), next);
  }

  private QueryRequest keysWithPrefix(String applicationId, String prefix, Map<String, AttributeValue> start) {
    return QueryRequest.builder().tableName(table)
        .keyConditionExpression("#app = :app AND begins_with(#sk, :prefix)")
        .expressionAttributeNames(Map.of("#app", APP, "#sk", SK))
        .expressionAttributeValues(Map.of(":app", s(applicationId), ":prefix", s(prefix)))
        .projectionExpression("#app, #sk")
        .exclusiveStartKey(start).build();
  }

  static String encode(String sk) {
    return Base64.getUrlEncoder().withoutPadding()
        .encodeToString((TOKEN_PREFIX + sk).getBytes(StandardCharsets.UTF_8));
  }

  /** The sort key inside a token, which must belong to the listing ({@code prefix}) it is used for. */
  static String decode(String token, String prefix) {
    try {
      String text = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
      if (text.startsWith(TOKEN_PREFIX + prefix)) {
        return text.substring(TOKEN_PREFIX.length());
      }
    } catch (IllegalArgumentException e) {
      // not base64url: reported below
    }
    throw new BadRequestException("Invalid token");
  }
}
