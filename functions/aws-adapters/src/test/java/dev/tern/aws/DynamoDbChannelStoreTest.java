package dev.tern.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tern.model.campaign.EmailChannel;
import dev.tern.model.channel.Channel;
import dev.tern.model.channel.ChannelKind;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemResponse;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

class DynamoDbChannelStoreTest {

  static final String TABLE = "tern-channels-test";
  static final String APP = "0123456789abcdef0123456789abcdef";
  static final Instant T = Instant.parse("2026-11-26T10:00:00.123Z");
  static final Channel EMAIL = new Channel(APP, ChannelKind.EMAIL, true, 1, T, T,
      Map.of("FromAddress", "news@example.com", "Identity", "arn:aws:ses:us-east-1:1:identity/example.com"));

  final RecordingDynamoDbClient dynamo = new RecordingDynamoDbClient();
  final DynamoDbChannelStore store = new DynamoDbChannelStore(dynamo, TABLE);

  @Test
  void firstPutNeedsAFreeKeyAndLaterPutsThePreviousVersion() {
    dynamo.answer(PutItemResponse.builder().build());
    assertTrue(store.put(EMAIL));
    PutItemRequest first = dynamo.only(PutItemRequest.class);
    assertEquals(TABLE, first.tableName());
    assertEquals(AttributeValue.fromS("EMAIL"), first.item().get("ChannelType"));
    assertEquals(AttributeValue.fromS(APP), first.item().get("ApplicationId"));
    assertEquals("attribute_not_exists(#t)", first.conditionExpression());

    dynamo.answer(ConditionalCheckFailedException.builder().message("changed").build());
    Channel second = new Channel(APP, ChannelKind.EMAIL, false, 2, T, T, EMAIL.settings());
    assertFalse(store.put(second));
    PutItemRequest next = (PutItemRequest) dynamo.requests.get(1);
    assertEquals("#v = :previous", next.conditionExpression());
    assertEquals(Map.of(":previous", AttributeValue.fromN("1")), next.expressionAttributeValues());
  }

  @Test
  void itemsRoundTripAndFeedTheEmailView() {
    assertEquals(EMAIL, DynamoDbChannelStore.toChannel(DynamoDbChannelStore.toItem(EMAIL)));
    dynamo.answer(GetItemResponse.builder().item(DynamoDbChannelStore.toItem(EMAIL)).build());
    assertEquals(Optional.of(new EmailChannel("news@example.com", null, true)), store.emailChannel(APP));
    GetItemRequest get = dynamo.only(GetItemRequest.class);
    assertEquals(DynamoDbChannelStore.key(APP, ChannelKind.EMAIL), get.key());
    assertTrue(get.consistentRead());
  }

  @Test
  void listQueriesTheAppsPartition() {
    dynamo.answer(QueryResponse.builder().items(List.of(DynamoDbChannelStore.toItem(EMAIL))).build());
    assertEquals(List.of(EMAIL), store.list(APP));
    QueryRequest q = dynamo.only(QueryRequest.class);
    assertEquals("#a = :a", q.keyConditionExpression());
    assertEquals(Map.of(":a", AttributeValue.fromS(APP)), q.expressionAttributeValues());
  }
}
