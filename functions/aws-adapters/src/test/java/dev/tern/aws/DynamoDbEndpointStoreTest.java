package dev.tern.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tern.model.endpoint.AttributeName;
import dev.tern.model.endpoint.ChannelType;
import dev.tern.model.endpoint.CohortId;
import dev.tern.model.endpoint.Endpoint;
import dev.tern.model.endpoint.EndpointDemographic;
import dev.tern.model.endpoint.EndpointLocation;
import dev.tern.model.endpoint.EndpointStatus;
import dev.tern.model.endpoint.EndpointUser;
import dev.tern.model.endpoint.OptOut;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemResponse;

class DynamoDbEndpointStoreTest {

  static final String TABLE = "tern-endpoints-test";
  static final String APP = "0123456789abcdef0123456789abcdef";
  static final Instant T = Instant.parse("2026-11-26T10:00:00.123Z");

  final RecordingDynamoDbClient dynamo = new RecordingDynamoDbClient();
  final DynamoDbEndpointStore store = new DynamoDbEndpointStore(dynamo, TABLE);

  static Endpoint endpoint(String id, String userId) {
    return new Endpoint(id, APP, ChannelType.EMAIL, "a@x.io", Map.of("plan", List.of("pro")),
        new EndpointDemographic(null, "en_US", null, null, null, null, null, "UTC"),
        new EndpointLocation(null, "US", 42.4, null, null, null), Map.of("score", 4.5), OptOut.NONE,
        new EndpointUser(userId, Map.of()), T, EndpointStatus.ACTIVE, "r1", T, CohortId.of(id));
  }

  @Test
  void bucketsSpreadEndpointIdsOverSixtyFourPartitionKeysStably() {
    Set<Integer> seen = new HashSet<>();
    IntStream.range(0, 5000).forEach(i -> seen.add(EndpointItems.bucket("endpoint-" + i)));
    assertEquals(64, seen.size());
    assertEquals(EndpointItems.bucket("e1"), EndpointItems.bucket("e1"));
    assertEquals(APP + "#07", EndpointItems.bucketKey(APP, 7));
  }

  @Test
  void putSetsEveryMemberRemovesAbsentOnesAndKeepsLastActivity() {
    dynamo.answer(UpdateItemResponse.builder().build());
    store.put(endpoint("e1", null));

    UpdateItemRequest r = dynamo.only(UpdateItemRequest.class);
    assertEquals(TABLE, r.tableName());
    assertEquals(EndpointItems.key(APP, "e1"), r.key());
    assertTrue(r.updateExpression().startsWith("SET "), r.updateExpression());
    // No user: UserId and UserKey are removed (the endpoint leaves the sparse UserIndex); nothing
    // touches LastActivity.
    String removed = r.updateExpression().substring(r.updateExpression().indexOf(" REMOVE "));
    Set<String> removedNames = new HashSet<>();
    for (String placeholder : removed.replace(" REMOVE ", "").split(", ")) {
      removedNames.add(r.expressionAttributeNames().get(placeholder));
    }
    assertEquals(Set.of("UserId", "UserKey", "UserAttributes"), removedNames);
    assertFalse(r.expressionAttributeNames().containsValue("LastActivity"));
    assertNull(r.conditionExpression());
  }

  @Test
  void anItemReadsBackAsTheEndpointItWasWrittenFrom() {
    Endpoint e = endpoint("e1", "u1");
    Map<String, AttributeValue> item = new java.util.HashMap<>(EndpointItems.data(e));
    item.putAll(EndpointItems.key(APP, "e1"));
    assertEquals(AttributeValue.fromS(APP + "#u1"), item.get("UserKey"));
    assertEquals(e, EndpointItems.toEndpoint(item));
  }

  @Test
  void userLookupsQueryTheUserIndexAndFollowPages() {
    Map<String, AttributeValue> item = new java.util.HashMap<>(EndpointItems.data(endpoint("e1", "u1")));
    item.putAll(EndpointItems.key(APP, "e1"));
    dynamo.answer(QueryResponse.builder().items(item).lastEvaluatedKey(EndpointItems.key(APP, "e1")).build());
    dynamo.answer(QueryResponse.builder().items(List.of()).build());

    assertEquals(List.of("e1"), store.endpointsOfUser(APP, "u1").stream().map(Endpoint::id).toList());
    QueryRequest first = (QueryRequest) dynamo.requests.get(0);
    assertEquals("UserIndex", first.indexName());
    assertEquals("#u = :u", first.keyConditionExpression());
    assertEquals(Map.of("#u", "UserKey"), first.expressionAttributeNames());
    assertEquals(AttributeValue.fromS(APP + "#u1"), first.expressionAttributeValues().get(":u"));
    assertEquals(EndpointItems.key(APP, "e1"), ((QueryRequest) dynamo.requests.get(1)).exclusiveStartKey());
  }

  @Test
  void scanQueriesTheSegmentsBucketsAndResumesFromTheToken() {
    // Segment 1 of 32 owns buckets 1 and 33.
    Map<String, AttributeValue> item = new java.util.HashMap<>(EndpointItems.data(endpoint("e1", null)));
    item.putAll(EndpointItems.key(APP, "e1"));
    item.put("LastActivity", AttributeValue.fromS("2026-11-20T08:00:00.000Z"));
    dynamo.answer(QueryResponse.builder().items(item).build());
    var page = store.scan(APP, 1, 32, null, 1);
    assertEquals(java.time.Instant.parse("2026-11-20T08:00:00Z"), page.items().get(0).lastEvent());
    QueryRequest q = dynamo.only(QueryRequest.class);
    assertEquals(AttributeValue.fromS(APP + "#01"), q.expressionAttributeValues().get(":b"));
    assertEquals(1, q.limit());
    assertEquals(1, page.items().size());

    dynamo.requests.clear();
    dynamo.answer(QueryResponse.builder().items(List.of()).build());
    dynamo.answer(QueryResponse.builder().items(List.of()).build());
    var rest = store.scan(APP, 1, 32, page.nextToken(), 1);
    assertEquals(2, dynamo.requests.size());
    assertEquals(AttributeValue.fromS("e1"), ((QueryRequest) dynamo.requests.get(0)).exclusiveStartKey().get("EndpointId"));
    assertEquals(AttributeValue.fromS(APP + "#33"), ((QueryRequest) dynamo.requests.get(1)).expressionAttributeValues().get(":b"));
    assertNull(rest.nextToken());

    assertThrows(IllegalArgumentException.class, () -> store.scan(APP, 0, 65, null, 10));
    assertThrows(IllegalArgumentException.class, () -> store.scan(APP, 0, 2, "bogus", 10));
  }

  @Test
  void activityMovesOnlyForwardOnAnExistingEndpoint() {
    dynamo.answer(UpdateItemResponse.builder().build());
    assertTrue(store.recordActivity(APP, "e1", T));
    UpdateItemRequest r = dynamo.only(UpdateItemRequest.class);
    assertEquals("SET #l = :t", r.updateExpression());
    assertEquals("attribute_exists(#e) AND (attribute_not_exists(#l) OR #l < :t)", r.conditionExpression());
    assertEquals(Map.of("#l", "LastActivity", "#e", "EndpointId"), r.expressionAttributeNames());
    assertEquals(AttributeValue.fromS("2026-11-26T10:00:00.123Z"), r.expressionAttributeValues().get(":t"));

    dynamo.answer(ConditionalCheckFailedException.builder().message("older").build());
    assertFalse(store.recordActivity(APP, "e1", T));
  }

  @Test
  void catalogAddsAndDeletesSetMembersAtomically() {
    DynamoDbAttributeCatalog catalog = new DynamoDbAttributeCatalog(dynamo, TABLE);
    dynamo.answer(UpdateItemResponse.builder().build());
    catalog.add(APP, Set.of(new AttributeName(AttributeName.Kind.ENDPOINT_METRIC, "score")));
    UpdateItemRequest r = dynamo.only(UpdateItemRequest.class);
    assertEquals("ADD #n :n", r.updateExpression());
    assertEquals(Map.of("Bucket", AttributeValue.fromS(APP + "#attributes"), "EndpointId", AttributeValue.fromS("-")), r.key());
    assertEquals(List.of("endpoint-metric-attributes:score"), r.expressionAttributeValues().get(":n").ss());

    dynamo.requests.clear();
    catalog.remove(APP, Set.of());
    assertTrue(dynamo.requests.isEmpty(), "an empty set is never sent");

    dynamo.answer(GetItemResponse.builder().item(Map.of(DynamoDbAttributeCatalog.NAMES,
        AttributeValue.fromSs(List.of("endpoint-user-attributes:tier")))).build());
    assertEquals(Set.of(new AttributeName(AttributeName.Kind.ENDPOINT_USER, "tier")), catalog.names(APP));
    assertTrue(dynamo.only(GetItemRequest.class).consistentRead());
  }
}
