package dev.tern.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tern.model.common.BadRequestException;
import dev.tern.model.segment.AttributeDimension;
import dev.tern.model.segment.AttributeType;
import dev.tern.model.segment.ComparisonOperator;
import dev.tern.model.segment.GpsCoordinates;
import dev.tern.model.segment.GpsPointDimension;
import dev.tern.model.segment.MatchMode;
import dev.tern.model.segment.MetricDimension;
import dev.tern.model.segment.RecencyDimension;
import dev.tern.model.segment.RecencyDuration;
import dev.tern.model.segment.RecencyType;
import dev.tern.model.segment.Segment;
import dev.tern.model.segment.SegmentBehaviors;
import dev.tern.model.segment.SegmentDefinition;
import dev.tern.model.segment.SegmentDemographics;
import dev.tern.model.segment.SegmentDimensions;
import dev.tern.model.segment.SegmentGroup;
import dev.tern.model.segment.SegmentGroupList;
import dev.tern.model.segment.SegmentLocation;
import dev.tern.model.segment.SegmentReference;
import dev.tern.model.segment.SetDimension;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ItemResponse;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItemsResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

class DynamoDbSegmentStoreTest {

  static final String TABLE = "tern-segments-test";
  static final String APP = "0123456789abcdef0123456789abcdef";
  static final String ID = "fedcba9876543210fedcba9876543210";
  static final Instant T = Instant.parse("2026-11-26T10:00:00.123Z");

  final RecordingDynamoDbClient dynamo = new RecordingDynamoDbClient();
  final DynamoDbSegmentStore store = new DynamoDbSegmentStore(dynamo, TABLE);

  /** A definition using every kind of dimension, so the item mapping is exercised member by member. */
  static SegmentDefinition everyDimension() {
    return new SegmentDefinition.Dimensional(new SegmentDimensions(
        Map.of("plan", AttributeDimension.of(AttributeType.CONTAINS, "pro", "team")),
        new SegmentBehaviors(new RecencyDimension(RecencyDuration.DAY_7, RecencyType.ACTIVE)),
        new SegmentDemographics(SetDimension.inclusive("1.0"), SetDimension.inclusive("EMAIL"), null,
            SetDimension.exclusive("Apple"), null, SetDimension.inclusive("ios")),
        new SegmentLocation(SetDimension.inclusive("FR"), new GpsPointDimension(new GpsCoordinates(48.85, 2.35), 10.5)),
        Map.of("score", new MetricDimension(ComparisonOperator.GREATER_THAN_OR_EQUAL, 2.5)),
        Map.of("tier", AttributeDimension.of(AttributeType.BETWEEN, "2026-01-01T00:00:00Z", "2026-02-01T00:00:00Z"))));
  }

  static SegmentDefinition grouped() {
    return new SegmentDefinition.Grouped(new SegmentGroupList(List.of(
        new SegmentGroup(List.of(SegmentDimensions.NONE), List.of(new SegmentReference(ID, 2), new SegmentReference(ID, null)),
            MatchMode.ANY, MatchMode.NONE)), MatchMode.ANY));
  }

  static Segment segment(SegmentDefinition definition) {
    return new Segment(APP, ID, "arn:x/segments/" + ID, "iOS", definition, 1, T, T, Map.of("team", "growth"));
  }

  @Test
  void itemsRoundTripEveryDimensionAndGroups() {
    for (SegmentDefinition d : List.of(everyDimension(), grouped(), new SegmentDefinition.Dimensional(SegmentDimensions.NONE))) {
      Segment s = segment(d);
      var item = SegmentItems.toItem(s, "S#" + ID);
      assertEquals(s, SegmentItems.toSegment(item));
    }
    var item = SegmentItems.toItem(segment(everyDimension()), "S#" + ID);
    assertEquals(AttributeValue.fromL(List.of(AttributeValue.fromS("pro"), AttributeValue.fromS("team"))),
        item.get("Dimensions").m().get("Attributes").m().get("plan").m().get("Values"), "wire names, values as a list");
    assertTrue(item.get("Dimensions").m().get("Location").m().containsKey("GPSPoint"));
  }

  @Test
  void aSegmentOverDynamoDbsItemLimitIsA400BeforeAnyCall() {
    // ~50,000 values of 10 bytes: ~550 KB as an item. Real DynamoDB refuses it (a 400 via ItemLimits.translate);
    // moto took longer than the API's 20 s timeout to do the same with 600,000 values.
    String[] values = java.util.stream.IntStream.range(0, 50_000).mapToObj(i -> String.format("v%09d", i))
        .toArray(String[]::new);
    Segment big = segment(new SegmentDefinition.Dimensional(new SegmentDimensions(
        Map.of("plan", AttributeDimension.of(AttributeType.INCLUSIVE, values)), null, null, null, null, null)));
    var e = assertThrows(BadRequestException.class, () -> store.create(big));
    assertEquals("The segment is too large to store: an item is limited to 400 KB", e.getMessage());
    assertTrue(dynamo.requests.isEmpty(), "nothing sent");
    long size = ItemLimits.size(SegmentItems.toItem(big, "S#" + ID));
    assertTrue(size > 500_000 && size < 700_000, "size estimate " + size);
  }

  @Test
  void createWritesHeadAndVersionOneInOneTransactionOnlyIfFree() {
    dynamo.answer(TransactWriteItemsResponse.builder().build());
    assertTrue(store.create(segment(everyDimension())));

    var request = dynamo.only(TransactWriteItemsRequest.class);
    var head = request.transactItems().get(0).put();
    var version = request.transactItems().get(1).put();
    assertEquals(TABLE, head.tableName());
    assertEquals(AttributeValue.fromS("S#" + ID), head.item().get("SegmentKey"));
    assertEquals(AttributeValue.fromS(APP), head.item().get("ApplicationId"));
    assertEquals("attribute_not_exists(#k)", head.conditionExpression());
    assertEquals(AttributeValue.fromS("V#" + ID + "#0000000001"), version.item().get("SegmentKey"));
    assertEquals("attribute_not_exists(#k)", version.conditionExpression());
  }

  @Test
  void updateIsConditionalOnThePreviousVersion() {
    dynamo.answer(TransactWriteItemsResponse.builder().build());
    Segment two = segment(everyDimension()).next("n", grouped(), T);
    assertTrue(store.update(two));

    var head = dynamo.only(TransactWriteItemsRequest.class).transactItems().get(0).put();
    assertEquals("#v = :previous", head.conditionExpression());
    assertEquals(Map.of("#v", "Version"), head.expressionAttributeNames());
    assertEquals(Map.of(":previous", AttributeValue.fromN("1")), head.expressionAttributeValues());
    assertEquals(AttributeValue.fromN("2"), head.item().get("Version"));
  }

  @Test
  void aFailedConditionMeansNotWrittenButOtherCancellationsPropagate() {
    dynamo.answer(TransactionCanceledException.builder()
        .cancellationReasons(CancellationReason.builder().code("ConditionalCheckFailed").build(),
            CancellationReason.builder().code("None").build())
        .build());
    assertFalse(store.create(segment(grouped())));

    dynamo.answer(TransactionCanceledException.builder()
        .cancellationReasons(CancellationReason.builder().code("TransactionConflict").build()).build());
    assertThrows(TransactionCanceledException.class, () -> store.create(segment(grouped())));
  }

  @Test
  void findVersionNeedsTheHeadToo() {
    var item = SegmentItems.toItem(segment(grouped()), "V#" + ID + "#0000000001");
    dynamo.answer(TransactGetItemsResponse.builder()
        .responses(ItemResponse.builder().build(), ItemResponse.builder().item(item).build()).build());
    assertEquals(Optional.empty(), store.findVersion(APP, ID, 1));

    dynamo.answer(TransactGetItemsResponse.builder()
        .responses(ItemResponse.builder().item(item).build(), ItemResponse.builder().item(item).build()).build());
    assertEquals(Optional.of(segment(grouped())), store.findVersion(APP, ID, 1));
  }

  @Test
  void listQueriesTheAppPartitionForHeadsAndVersionsNewestFirst() {
    dynamo.answer(QueryResponse.builder().items(List.of())
        .lastEvaluatedKey(SegmentItems.key(APP, "S#" + ID)).build());
    var page = store.list(APP, 5, null);
    QueryRequest q = (QueryRequest) dynamo.requests.get(0);
    assertEquals("#a = :a AND begins_with(#k, :prefix)", q.keyConditionExpression());
    assertEquals(AttributeValue.fromS("S#"), q.expressionAttributeValues().get(":prefix"));
    assertTrue(q.scanIndexForward());
    assertEquals(5, q.limit());

    dynamo.answer(QueryResponse.builder().items(List.of()).build());
    store.list(APP, 5, page.nextToken());
    assertEquals(SegmentItems.key(APP, "S#" + ID), ((QueryRequest) dynamo.requests.get(1)).exclusiveStartKey());

    dynamo.answer(QueryResponse.builder().items(List.of()).build());
    store.listVersions(APP, ID, 5, null);
    QueryRequest versions = (QueryRequest) dynamo.requests.get(2);
    assertEquals(AttributeValue.fromS("V#" + ID + "#"), versions.expressionAttributeValues().get(":prefix"));
    assertFalse(versions.scanIndexForward());
  }

  @Test
  void tokensFromElsewhereAreRejected() {
    assertThrows(BadRequestException.class, () -> store.list(APP, 5, "garbage"));
    String versionToken = DynamoDbSegmentStore.encode("V#" + ID + "#0000000002");
    assertThrows(BadRequestException.class, () -> store.list(APP, 5, versionToken));
    assertTrue(dynamo.requests.isEmpty());
  }

  @Test
  void deleteRemovesTheHeadThenEveryVersion() {
    dynamo.answer(DeleteItemResponse.builder().attributes(SegmentItems.toItem(segment(grouped()), "S#" + ID)).build());
    dynamo.answer(QueryResponse.builder().items(List.of(SegmentItems.key(APP, "V#" + ID + "#0000000001"))).build());
    dynamo.answer(BatchWriteItemResponse.builder().build());

    assertEquals(Optional.of(segment(grouped())), store.delete(APP, ID));
    assertEquals(SegmentItems.key(APP, "S#" + ID), ((DeleteItemRequest) dynamo.requests.get(0)).key());
    var batch = (BatchWriteItemRequest) dynamo.requests.get(2);
    assertEquals(SegmentItems.key(APP, "V#" + ID + "#0000000001"),
        batch.requestItems().get(TABLE).get(0).deleteRequest().key());
  }

  @Test
  void deleteOfAnUnknownSegmentTouchesNoVersions() {
    dynamo.answer(DeleteItemResponse.builder().build());
    assertEquals(Optional.empty(), store.delete(APP, ID));
    assertEquals(1, dynamo.requests.size());
  }
}
