package dev.tern.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tern.model.common.BadRequestException;
import dev.tern.model.common.ConflictException;
import dev.tern.model.common.Page;
import dev.tern.model.common.PageTokens;
import dev.tern.model.common.PayloadTooLargeException;
import dev.tern.model.journey.Journey;
import dev.tern.model.journey.JourneyDefinition;
import dev.tern.model.journey.JourneyState;
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
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;

class DynamoDbJourneyStoreTest {

  static final String TABLE = "tern-journeys-test";
  static final String APP = "0123456789abcdef0123456789abcdef";
  static final String ID = "fedcba9876543210fedcba9876543210";
  static final Instant CREATED = Instant.parse("2026-11-26T10:00:00.123Z");
  static final Instant MODIFIED = Instant.parse("2026-11-26T11:00:00Z");

  /** Documents holding only the name: enough to see the store hands the document through untouched. */
  static final JourneyDocuments NAME_ONLY = new JourneyDocuments() {
    @Override
    public String write(JourneyDefinition definition) {
      return "{\"Name\":\"" + definition.name() + "\"}";
    }

    @Override
    public JourneyDefinition read(String document) {
      return named(document.substring(9, document.length() - 2));
    }
  };

  static JourneyDefinition named(String name) {
    return new JourneyDefinition(name, null, null, null, null, null, null, null, null, null, null, null, null, null,
        null, null);
  }

  static final Journey JOURNEY =
      new Journey(APP, ID, named("Onboarding"), JourneyState.ACTIVE, CREATED, MODIFIED, Map.of("team", "growth"), 3);

  final RecordingDynamoDbClient dynamo = new RecordingDynamoDbClient();
  final DynamoDbJourneyStore store = new DynamoDbJourneyStore(dynamo, TABLE, NAME_ONLY);

  static Map<String, AttributeValue> item() {
    return Map.of(
        "ApplicationId", AttributeValue.fromS(APP),
        "JourneyId", AttributeValue.fromS(ID),
        "Name", AttributeValue.fromS("Onboarding"),
        "State", AttributeValue.fromS("ACTIVE"),
        "CreationDate", AttributeValue.fromS("2026-11-26T10:00:00.123Z"),
        "LastModifiedDate", AttributeValue.fromS("2026-11-26T11:00:00.000Z"),
        "Revision", AttributeValue.fromN("3"),
        "Definition", AttributeValue.fromS("{\"Name\":\"Onboarding\"}"),
        "tags", AttributeValue.fromM(Map.of("team", AttributeValue.fromS("growth"))));
  }

  static Map<String, AttributeValue> key() {
    return Map.of("ApplicationId", AttributeValue.fromS(APP), "JourneyId", AttributeValue.fromS(ID));
  }

  @Test
  void createPutsOneItemOnlyIfTheIdIsFree() {
    dynamo.answer(PutItemResponse.builder().build());
    store.create(JOURNEY);

    PutItemRequest put = dynamo.only(PutItemRequest.class);
    assertEquals(TABLE, put.tableName());
    assertEquals(item(), put.item());
    assertEquals("attribute_not_exists(#id)", put.conditionExpression());
    assertEquals(Map.of("#id", "JourneyId"), put.expressionAttributeNames());
  }

  @Test
  void createOfATakenIdIsAConflict() {
    dynamo.answer(ConditionalCheckFailedException.builder().message("taken").build());
    assertThrows(ConflictException.class, () -> store.create(JOURNEY));
  }

  @Test
  void findGetsByCompositeKeyWithConsistentRead() {
    dynamo.answer(GetItemResponse.builder().item(item()).build());
    assertEquals(Optional.of(JOURNEY), store.find(APP, ID));
    GetItemRequest get = dynamo.only(GetItemRequest.class);
    assertEquals(key(), get.key());
    assertTrue(get.consistentRead());

    dynamo.answer(GetItemResponse.builder().build());
    assertEquals(Optional.empty(), store.find(APP, ID));
  }

  @Test
  void listQueriesTheAppsPartitionAndPagesWithAnOpaqueToken() {
    dynamo.answer(QueryResponse.builder().items(item()).lastEvaluatedKey(key()).build());
    Page<Journey> page = store.list(APP, 1, null);
    assertEquals(List.of(JOURNEY), page.items());
    QueryRequest query = dynamo.only(QueryRequest.class);
    assertEquals(TABLE, query.tableName());
    assertEquals("#app = :app", query.keyConditionExpression());
    assertEquals(Map.of("#app", "ApplicationId"), query.expressionAttributeNames());
    assertEquals(Map.of(":app", AttributeValue.fromS(APP)), query.expressionAttributeValues());
    assertEquals(1, query.limit());
    assertFalse(query.hasExclusiveStartKey());

    dynamo.answer(QueryResponse.builder().items(List.of()).build());
    Page<Journey> last = store.list(APP, 1, page.nextToken());
    assertNull(last.nextToken());
    assertEquals(key(), ((QueryRequest) dynamo.requests.get(1)).exclusiveStartKey());
  }

  @Test
  void foreignOrMalformedTokensAre400WithoutACall() {
    for (String token : new String[] {"bogus!", PageTokens.encode("mem:", ID), PageTokens.encode("journeys.v1:", "x")}) {
      assertThrows(BadRequestException.class, () -> store.list(APP, 10, token));
    }
    assertEquals(List.of(), dynamo.requests);
  }

  @Test
  void replaceIsConditionalOnThePreviousRevision() {
    dynamo.answer(PutItemResponse.builder().build());
    assertTrue(store.replace(JOURNEY));
    PutItemRequest put = dynamo.only(PutItemRequest.class);
    assertEquals(item(), put.item());
    assertEquals("#rev = :expected", put.conditionExpression());
    assertEquals(Map.of("#rev", "Revision"), put.expressionAttributeNames());
    assertEquals(Map.of(":expected", AttributeValue.fromN("2")), put.expressionAttributeValues());

    dynamo.answer(ConditionalCheckFailedException.builder().message("moved on").build());
    assertFalse(store.replace(JOURNEY));
  }

  @Test
  void deleteReturnsTheOldItem() {
    dynamo.answer(DeleteItemResponse.builder().attributes(item()).build());
    assertEquals(Optional.of(JOURNEY), store.delete(APP, ID));
    DeleteItemRequest delete = dynamo.only(DeleteItemRequest.class);
    assertEquals(key(), delete.key());
    assertEquals(ReturnValue.ALL_OLD, delete.returnValues());

    dynamo.answer(DeleteItemResponse.builder().build());
    assertEquals(Optional.empty(), store.delete(APP, ID));
  }

  @Test
  void aDocumentTooBigForOneItemIsRefusedBeforeAnyCall() {
    Journey huge = new Journey(APP, ID, named("x".repeat(DynamoDbJourneyStore.MAX_DOCUMENT_BYTES)),
        JourneyState.DRAFT, CREATED, CREATED, Map.of(), 1);
    assertThrows(PayloadTooLargeException.class, () -> store.create(huge));
    assertEquals(List.of(), dynamo.requests);
  }
}
