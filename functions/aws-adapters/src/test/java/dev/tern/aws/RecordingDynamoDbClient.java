package dev.tern.aws;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemResponse;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItemsResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsResponse;

/**
 * A {@link DynamoDbClient} that records every request and answers from a queue of canned responses
 * (or throws a queued exception). Operations not overridden throw UnsupportedOperationException (the
 * interface's default), so an unexpected call fails the test.
 */
final class RecordingDynamoDbClient implements DynamoDbClient {

  final List<Object> requests = new ArrayList<>();
  private final Deque<Object> answers = new ArrayDeque<>();

  /** Queues the next answer: a response object, or a RuntimeException to throw. */
  RecordingDynamoDbClient answer(Object responseOrException) {
    answers.add(responseOrException);
    return this;
  }

  @SuppressWarnings("unchecked")
  private <T> T next(Object request, Class<T> type) {
    requests.add(request);
    Object a = answers.isEmpty() ? null : answers.poll();
    if (a instanceof RuntimeException e) {
      throw e;
    }
    if (a == null) {
      throw new AssertionError("no answer queued for " + request);
    }
    return type.cast(a);
  }

  <T> T only(Class<T> type) {
    if (requests.size() != 1) {
      throw new AssertionError("expected one request, got " + requests);
    }
    return type.cast(requests.get(0));
  }

  @Override
  public PutItemResponse putItem(PutItemRequest request) {
    return next(request, PutItemResponse.class);
  }

  @Override
  public GetItemResponse getItem(GetItemRequest request) {
    return next(request, GetItemResponse.class);
  }

  @Override
  public ScanResponse scan(ScanRequest request) {
    return next(request, ScanResponse.class);
  }

  @Override
  public DeleteItemResponse deleteItem(DeleteItemRequest request) {
    return next(request, DeleteItemResponse.class);
  }

  @Override
  public UpdateItemResponse updateItem(UpdateItemRequest request) {
    return next(request, UpdateItemResponse.class);
  }

  @Override
  public QueryResponse query(QueryRequest request) {
    return next(request, QueryResponse.class);
  }

  @Override
  public BatchWriteItemResponse batchWriteItem(BatchWriteItemRequest request) {
    return next(request, BatchWriteItemResponse.class);
  }

  @Override
  public TransactWriteItemsResponse transactWriteItems(TransactWriteItemsRequest request) {
    return next(request, TransactWriteItemsResponse.class);
  }

  @Override
  public TransactGetItemsResponse transactGetItems(TransactGetItemsRequest request) {
    return next(request, TransactGetItemsResponse.class);
  }

  @Override
  public String serviceName() {
    return "dynamodb";
  }

  @Override
  public void close() {}
}
