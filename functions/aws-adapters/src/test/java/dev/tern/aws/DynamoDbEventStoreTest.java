package dev.tern.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tern.model.event.Event;
import dev.tern.model.event.EventSession;
import dev.tern.model.event.RecordedEvent;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemResponse;

class DynamoDbEventStoreTest {

  static final String APP = "0123456789abcdef0123456789abcdef";
  static final Instant RECEIVED = Instant.parse("2026-11-26T12:00:00Z");

  final RecordingDynamoDbClient dynamo = new RecordingDynamoDbClient();
  final DynamoDbEventStore store = new DynamoDbEventStore(dynamo, "tern-events-test");

  static RecordedEvent message() {
    return RecordedEvent.of(APP, "e1", new Event("ev1", "_session.stop", RECEIVED.minusSeconds(10), Map.of("k", "v"),
        Map.of("m", 1.5), new EventSession("s1", RECEIVED.minusSeconds(70), RECEIVED.minusSeconds(10), 60_000L),
        null, null, null, null, null), RECEIVED, "r1");
  }

  @Test
  void putsOnlyANewEventKeyedByAppAndEventIdWithA90DayTtl() {
    dynamo.answer(PutItemResponse.builder().build());
    assertTrue(store.record(message()));

    PutItemRequest r = dynamo.only(PutItemRequest.class);
    assertEquals("tern-events-test", r.tableName());
    assertEquals("attribute_not_exists(#k)", r.conditionExpression());
    assertEquals(Map.of("#k", "EventKey"), r.expressionAttributeNames());
    assertEquals(AttributeValue.fromS(APP + "#ev1"), r.item().get("EventKey"));
    assertEquals(AttributeValue.fromN(Long.toString(RECEIVED.getEpochSecond() + 90L * 86_400)), r.item().get("ExpiresAt"));
    assertEquals(AttributeValue.fromS("2026-11-26T11:59:50.000Z"), r.item().get("Timestamp"));
    assertEquals("s1", r.item().get("Session").m().get("Id").s());
    assertEquals("e1", r.item().get("EndpointId").s());
  }

  @Test
  void aDuplicateIsNotAnError() {
    dynamo.answer(ConditionalCheckFailedException.builder().message("exists").build());
    assertFalse(store.record(message()));
  }
}
