package dev.tern.aws;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/** Deletes every item a query finds (e.g. the versions of a deleted segment or template), in batches. */
final class BatchDeletes {

  /** BatchWriteItem's limit of requests per call. */
  private static final int BATCH = 25;
  /** Rounds for the items DynamoDB leaves unprocessed (throttling) before giving up on them. */
  private static final int ROUNDS = 5;

  private BatchDeletes() {}

  /**
   * Pages through the query {@code query} describes (its projection must hold the table's key
   * attributes) and deletes every item found, 25 per BatchWriteItem, retrying unprocessed ones.
   */
  static void deleteAll(DynamoDbClient dynamo, String table, Consumer<QueryRequest.Builder> query) {
    List<WriteRequest> deletes = new ArrayList<>();
    Map<String, AttributeValue> start = null;
    do {
      Map<String, AttributeValue> from = start;
      QueryResponse page = dynamo.query(b -> {
        b.tableName(table);
        query.accept(b);
        b.exclusiveStartKey(from);
      });
      for (Map<String, AttributeValue> key : page.items()) {
        deletes.add(WriteRequest.builder().deleteRequest(d -> d.key(key)).build());
      }
      start = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
    } while (start != null);
    for (int i = 0; i < deletes.size(); i += BATCH) {
      Map<String, List<WriteRequest>> pending = Map.of(table, deletes.subList(i, Math.min(i + BATCH, deletes.size())));
      for (int round = 0; round < ROUNDS && !pending.isEmpty(); round++) {
        Map<String, List<WriteRequest>> request = pending;
        var response = dynamo.batchWriteItem(b -> b.requestItems(request));
        pending = response.hasUnprocessedItems() ? response.unprocessedItems() : Map.of();
      }
    }
  }
}
