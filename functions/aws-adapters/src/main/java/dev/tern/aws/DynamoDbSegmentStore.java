package dev.tern.aws;

import dev.tern.model.common.BadRequestException;
import dev.tern.model.common.Ids;
import dev.tern.model.common.Page;
import dev.tern.model.segment.Segment;
import dev.tern.model.segment.SegmentStore;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.Get;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ItemResponse;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItem;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * {@link SegmentStore} on one DynamoDB table, partition key {@code ApplicationId} (S), sort key
 * {@code SegmentKey} (S). Per segment, one head item {@code S#<id>} holding the latest version and one
 * item per version {@code V#<id>#<version, zero-padded>}. Everything a request touches is one partition:
 * GetSegments is a Query on {@code begins_with(SegmentKey, "S#")}, GetSegmentVersions a descending
 * Query on {@code V#<id>#}; no Scan. An app's segments are few (Pinpoint's console and quotas think in
 * hundreds), so a per-app partition stays far below DynamoDB's per-partition limits, and the
 * millions-of-endpoints tables are separate.
 *
 * <p>Writes are transactions of head + version item: create requires both keys free; update requires
 * the head's {@code Version} to be N−1 and the version item N to be free, so a lost race writes
 * nothing. Delete removes the head first (the segment is gone for every read from then on: reads of a
 * version check the head in the same transaction) and then its versions.
 */
public final class DynamoDbSegmentStore implements SegmentStore {

  /** Prefix inside list tokens, so a token from another listing or version is rejected, not misread. */
  private static final String TOKEN_PREFIX = "segments.v1:";

  private final DynamoDbClient dynamo;
  private final String table;

  /** A store on {@code table} through {@code dynamo}. */
  public DynamoDbSegmentStore(DynamoDbClient dynamo, String table) {
    this.dynamo = dynamo;
    this.table = table;
  }

  @Override
  public boolean create(Segment segment) {
    if (segment.version() != 1) {
      return false;
    }
    return write(segment, "attribute_not_exists(#k)", Map.of());
  }

  @Override
  public boolean update(Segment segment) {
    return write(segment, "#v = :previous", Map.of(":previous", SegmentItems.n(segment.version() - 1)));
  }

  private boolean write(Segment segment, String headCondition, Map<String, AttributeValue> values) {
    Map<String, String> headNames = headCondition.contains("#v")
        ? Map.of("#v", SegmentItems.VERSION)
        : Map.of("#k", SegmentItems.KEY);
    Put head = Put.builder().tableName(table)
        .item(SegmentItems.toItem(segment, SegmentItems.headKey(segment.id())))
        .conditionExpression(headCondition)
        .expressionAttributeNames(headNames)
        .expressionAttributeValues(values.isEmpty() ? null : values)
        .build();
    Put version = Put.builder().tableName(table)
        .item(SegmentItems.toItem(segment, SegmentItems.versionKey(segment.id(), segment.version())))
        .conditionExpression("attribute_not_exists(#k)")
        .expressionAttributeNames(Map.of("#k", SegmentItems.KEY))
        .build();
    ItemLimits.require(head.item(), "The segment");
    try {
      dynamo.transactWriteItems(b -> b.transactItems(
          TransactWriteItem.builder().put(head).build(), TransactWriteItem.builder().put(version).build()));
      return true;
    } catch (TransactionCanceledException e) {
      if (e.hasCancellationReasons()
          && e.cancellationReasons().stream().anyMatch(r -> "ConditionalCheckFailed".equals(r.code()))) {
        return false;
      }
      throw e; // throttling or a transaction conflict: retryable, Tern's fault to report as 5xx
    } catch (DynamoDbException e) {
      throw ItemLimits.translate(e, "The segment");
    }
  }

  @Override
  public Optional<Segment> find(String applicationId, String segmentId) {
    // Strongly consistent, so a GetSegment right after CreateSegment sees the segment.
    GetItemResponse r = dynamo.getItem(b -> b.tableName(table)
        .key(SegmentItems.key(applicationId, SegmentItems.headKey(segmentId)))
        .consistentRead(true));
    return r.hasItem() && !r.item().isEmpty() ? Optional.of(SegmentItems.toSegment(r.item())) : Optional.empty();
  }

  @Override
  public Optional<Segment> findVersion(String applicationId, String segmentId, int version) {
    // Head and version read together: versions left behind by an interrupted delete stay invisible.
    List<ItemResponse> items = dynamo.transactGetItems(b -> b.transactItems(
        get(applicationId, SegmentItems.headKey(segmentId)),
        get(applicationId, SegmentItems.versionKey(segmentId, version)))).responses();
    if (items.size() < 2 || !present(items.get(0)) || !present(items.get(1))) {
      return Optional.empty();
    }
    return Optional.of(SegmentItems.toSegment(items.get(1).item()));
  }

  private TransactGetItem get(String applicationId, String sortKey) {
    return TransactGetItem.builder()
        .get(Get.builder().tableName(table).key(SegmentItems.key(applicationId, sortKey)).build())
        .build();
  }

  private static boolean present(ItemResponse r) {
    return r != null && r.hasItem() && !r.item().isEmpty();
  }

  @Override
  public Page<Segment> list(String applicationId, int limit, String token) {
    return query(applicationId, "S#", true, limit, token);
  }

  @Override
  public Page<Segment> listVersions(String applicationId, String segmentId, int limit, String token) {
    return query(applicationId, SegmentItems.versionPrefix(segmentId), false, limit, token);
  }

  private Page<Segment> query(String applicationId, String prefix, boolean forward, int limit, String token) {
    Map<String, AttributeValue> start = null;
    if (token != null) {
      String after = decode(token);
      if (!after.startsWith(prefix)) {
        throw new BadRequestException("Invalid token");
      }
      start = SegmentItems.key(applicationId, after);
    }
    QueryRequest request = QueryRequest.builder().tableName(table)
        .keyConditionExpression("#a = :a AND begins_with(#k, :prefix)")
        .expressionAttributeNames(Map.of("#a", SegmentItems.APP, "#k", SegmentItems.KEY))
        .expressionAttributeValues(Map.of(":a", SegmentItems.s(applicationId), ":prefix", SegmentItems.s(prefix)))
        .scanIndexForward(forward)
        .consistentRead(true)
        .limit(limit)
        .exclusiveStartKey(start)
        .build();
    QueryResponse r = dynamo.query(request);
    // DynamoDB may return a LastEvaluatedKey even when nothing follows; the next page is then empty
    // with no token, which Pinpoint clients handle (they stop on a missing NextToken).
    String next = r.hasLastEvaluatedKey() && !r.lastEvaluatedKey().isEmpty()
        ? encode(r.lastEvaluatedKey().get(SegmentItems.KEY).s())
        : null;
    return new Page<>(r.items().stream().map(SegmentItems::toSegment).toList(), next);
  }

  @Override
  public Optional<Segment> delete(String applicationId, String segmentId) {
    DeleteItemResponse r = dynamo.deleteItem(b -> b.tableName(table)
        .key(SegmentItems.key(applicationId, SegmentItems.headKey(segmentId)))
        .returnValues(ReturnValue.ALL_OLD));
    if (!r.hasAttributes() || r.attributes().isEmpty()) {
      return Optional.empty();
    }
    deleteVersions(applicationId, segmentId);
    return Optional.of(SegmentItems.toSegment(r.attributes()));
  }

  /** Deletes every version item of the segment. */
  private void deleteVersions(String applicationId, String segmentId) {
    BatchDeletes.deleteAll(dynamo, table, b -> b
        .keyConditionExpression("#a = :a AND begins_with(#k, :prefix)")
        .expressionAttributeNames(Map.of("#a", SegmentItems.APP, "#k", SegmentItems.KEY))
        .expressionAttributeValues(Map.of(":a", SegmentItems.s(applicationId),
            ":prefix", SegmentItems.s(SegmentItems.versionPrefix(segmentId))))
        .projectionExpression("#a, #k"));
  }

  static String encode(String sortKey) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString((TOKEN_PREFIX + sortKey).getBytes(StandardCharsets.UTF_8));
  }

  static String decode(String token) {
    try {
      String text = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
      if (text.startsWith(TOKEN_PREFIX)) {
        String key = text.substring(TOKEN_PREFIX.length());
        String id = key.startsWith("S#") ? key.substring(2) : key.startsWith("V#") && key.length() > 34 ? key.substring(2, 34) : "";
        if (Ids.isWellFormed(id)) {
          return key;
        }
      }
    } catch (IllegalArgumentException e) {
      // not base64url: reported below
    }
    throw new BadRequestException("Invalid token");
  }
}
