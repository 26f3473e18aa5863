package dev.tern.aws;

import static dev.tern.aws.EndpointItems.BUCKET;
import static dev.tern.aws.EndpointItems.BUCKETS;
import static dev.tern.aws.EndpointItems.ENDPOINT_ID;
import static dev.tern.aws.EndpointItems.LAST_ACTIVITY;
import static dev.tern.aws.EndpointItems.USER_INDEX;
import static dev.tern.aws.EndpointItems.USER_KEY;

import dev.tern.model.common.Page;
import dev.tern.model.common.Timestamps;
import dev.tern.model.endpoint.Endpoint;
import dev.tern.model.endpoint.EndpointActivity;
import dev.tern.model.endpoint.EndpointStore;
import dev.tern.model.endpoint.ScannedEndpoint;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;

/**
 * {@link EndpointStore} and {@link EndpointActivity} on EndpointsTable; key design in {@link EndpointItems}.
 *
 * <p><b>Scan</b> is a Query per bucket, with buckets dealt to segments ({@code bucket % totalSegments ==
 * segment}), rather than DynamoDB's parallel Scan: a Scan reads every application's items and filters
 * afterwards (paying for all of them), while a Query reads only this application's buckets. The price is
 * that at most {@value EndpointItems#BUCKETS} segments exist; more workers than that would idle anyway.
 *
 * <p><b>Writes</b> are UpdateItems that SET every member the endpoint has and REMOVE the others, rather than
 * PutItem, so the event recorder's {@code LastActivity} survives an endpoint update.
 *
 * <p>User lookups read the global secondary index {@code UserIndex}, which is eventually consistent
 * (https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/GSI.html#GSI.Reads): an endpoint written
 * a moment ago may be missing from GetUserEndpoints for a fraction of a second.
 */
public final class DynamoDbEndpointStore implements EndpointStore, EndpointActivity {

  private static final String TOKEN_PREFIX = "endpoints.v1:";

  private final DynamoDbClient dynamo;
  private final String table;

  /** A store on {@code table} through {@code dynamo}. */
  public DynamoDbEndpointStore(DynamoDbClient dynamo, String table) {
    this.dynamo = dynamo;
    this.table = table;
  }

  @Override
  public Optional<Endpoint> get(String applicationId, String endpointId) {
    GetItemResponse r = dynamo.getItem(b -> b.tableName(table).key(EndpointItems.key(applicationId, endpointId)).consistentRead(true));
    return r.hasItem() && !r.item().isEmpty() ? Optional.of(EndpointItems.toEndpoint(r.item())) : Optional.empty();
  }

  @Override
  public void put(Endpoint endpoint) {
    Map<String, AttributeValue> data = EndpointItems.data(endpoint);
    Map<String, String> names = new HashMap<>();
    Map<String, AttributeValue> values = new HashMap<>();
    List<String> set = new ArrayList<>();
    List<String> remove = new ArrayList<>();
    for (int i = 0; i < EndpointItems.DATA.size(); i++) {
      String attribute = EndpointItems.DATA.get(i);
      names.put("#a" + i, attribute);
      if (data.containsKey(attribute)) {
        values.put(":a" + i, data.get(attribute));
        set.add("#a" + i + " = :a" + i);
      } else {
        remove.add("#a" + i);
      }
    }
    String update = "SET " + String.join(", ", set) + (remove.isEmpty() ? "" : " REMOVE " + String.join(", ", remove));
    dynamo.updateItem(b -> b.tableName(table)
        .key(EndpointItems.key(endpoint.applicationId(), endpoint.id()))
        .updateExpression(update)
        .expressionAttributeNames(names)
        .expressionAttributeValues(values));
  }

  @Override
  public Optional<Endpoint> delete(String applicationId, String endpointId) {
    DeleteItemResponse r = dynamo.deleteItem(b -> b.tableName(table)
        .key(EndpointItems.key(applicationId, endpointId)).returnValues(ReturnValue.ALL_OLD));
    return r.hasAttributes() && !r.attributes().isEmpty() ? Optional.of(EndpointItems.toEndpoint(r.attributes())) : Optional.empty();
  }

  @Override
  public List<Endpoint> endpointsOfUser(String applicationId, String userId) {
    List<Endpoint> endpoints = new ArrayList<>();
    Map<String, AttributeValue> start = null;
    do {
      Map<String, AttributeValue> from = start;
      QueryResponse r = dynamo.query(b -> b.tableName(table).indexName(USER_INDEX)
          .keyConditionExpression("#u = :u")
          .expressionAttributeNames(Map.of("#u", USER_KEY))
          .expressionAttributeValues(Map.of(":u", AttributeValue.fromS(EndpointItems.userKey(applicationId, userId))))
          .exclusiveStartKey(from));
      r.items().forEach(item -> endpoints.add(EndpointItems.toEndpoint(item)));
      start = r.hasLastEvaluatedKey() && !r.lastEvaluatedKey().isEmpty() ? r.lastEvaluatedKey() : null;
    } while (start != null);
    return endpoints;
  }

  @Override
  public Page<ScannedEndpoint> scan(String applicationId, int segment, int totalSegments, String pageToken, int limit) {
    if (totalSegments < 1 || totalSegments > BUCKETS || segment < 0 || segment >= totalSegments) {
      throw new IllegalArgumentException("segment " + segment + " of " + totalSegments
          + " is not 0 <= segment < totalSegments <= " + BUCKETS);
    }
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be positive, was " + limit);
    }
    int bucket = segment;
    String after = null;
    if (pageToken != null) {
      String[] position = decode(pageToken);
      bucket = Integer.parseInt(position[0]);
      after = position[1];
      if (bucket % totalSegments != segment) {
        throw new IllegalArgumentException("page token " + pageToken + " belongs to another segment");
      }
    }
    List<ScannedEndpoint> page = new ArrayList<>();
    for (; bucket < BUCKETS; bucket += totalSegments, after = null) {
      String bucketKey = EndpointItems.bucketKey(applicationId, bucket);
      Map<String, AttributeValue> start = after == null ? null : Map.of(
          BUCKET, AttributeValue.fromS(bucketKey), ENDPOINT_ID, AttributeValue.fromS(after));
      do {
        Map<String, AttributeValue> from = start;
        int want = limit - page.size();
        QueryResponse r = dynamo.query(b -> b.tableName(table)
            .keyConditionExpression("#b = :b")
            .expressionAttributeNames(Map.of("#b", BUCKET))
            .expressionAttributeValues(Map.of(":b", AttributeValue.fromS(bucketKey)))
            .exclusiveStartKey(from)
            .limit(want));
        r.items().forEach(item -> page.add(new ScannedEndpoint(EndpointItems.toEndpoint(item),
            item.containsKey(LAST_ACTIVITY) ? Timestamps.parse(item.get(LAST_ACTIVITY).s()) : null)));
        start = r.hasLastEvaluatedKey() && !r.lastEvaluatedKey().isEmpty() ? r.lastEvaluatedKey() : null;
        if (page.size() == limit) {
          // Full page: resume after its last endpoint (an empty next page is possible and harmless).
          boolean more = start != null || bucket + totalSegments < BUCKETS;
          return new Page<>(page, more ? encode(bucket, page.get(page.size() - 1).endpoint().id()) : null);
        }
      } while (start != null);
    }
    return new Page<>(page, null);
  }

  @Override
  public boolean recordActivity(String applicationId, String endpointId, Instant at) {
    String when = Timestamps.format(at);
    try {
      // Only forward, and only on an endpoint that exists: an event for a deleted endpoint must not
      // resurrect it as an item holding nothing but LastActivity. ISO-8601 UTC text of one fixed format
      // orders like the instants it encodes, so the comparison is a string comparison.
      dynamo.updateItem(b -> b.tableName(table)
          .key(EndpointItems.key(applicationId, endpointId))
          .updateExpression("SET #l = :t")
          .conditionExpression("attribute_exists(#e) AND (attribute_not_exists(#l) OR #l < :t)")
          .expressionAttributeNames(Map.of("#l", LAST_ACTIVITY, "#e", ENDPOINT_ID))
          .expressionAttributeValues(Map.of(":t", AttributeValue.fromS(when))));
      return true;
    } catch (ConditionalCheckFailedException e) {
      return false;
    }
  }

  @Override
  public Optional<Instant> lastActivity(String applicationId, String endpointId) {
    GetItemResponse r = dynamo.getItem(b -> b.tableName(table)
        .key(EndpointItems.key(applicationId, endpointId))
        .consistentRead(true)
        .projectionExpression("#l")
        .expressionAttributeNames(Map.of("#l", LAST_ACTIVITY)));
    return r.hasItem() && r.item().containsKey(LAST_ACTIVITY)
        ? Optional.of(Timestamps.parse(r.item().get(LAST_ACTIVITY).s()))
        : Optional.empty();
  }

  static String encode(int bucket, String lastId) {
    return Base64.getUrlEncoder().withoutPadding()
        .encodeToString((TOKEN_PREFIX + bucket + ":" + lastId).getBytes(StandardCharsets.UTF_8));
  }

  static String[] decode(String token) {
    try {
      String text = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
      if (text.startsWith(TOKEN_PREFIX)) {
        String[] parts = text.substring(TOKEN_PREFIX.length()).split(":", 2);
        if (parts.length == 2 && parts[0].matches("\\d{1,2}") && Integer.parseInt(parts[0]) < BUCKETS) {
          return parts;
        }
      }
    } catch (IllegalArgumentException e) {
      // not base64url: reported below
    }
    throw new IllegalArgumentException("not a page token of this store: " + token);
  }
}
