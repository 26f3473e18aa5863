package dev.tern.aws;

import dev.tern.model.common.ConflictException;
import dev.tern.model.common.Ids;
import dev.tern.model.common.Page;
import dev.tern.model.common.PageTokens;
import dev.tern.model.common.PayloadTooLargeException;
import dev.tern.model.common.BadRequestException;
import dev.tern.model.common.Timestamps;
import dev.tern.model.journey.Journey;
import dev.tern.model.journey.JourneyState;
import dev.tern.model.journey.JourneyStore;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;

/**
 * {@link JourneyStore} on one DynamoDB table with key {@code ApplicationId} (HASH, S) + {@code JourneyId}
 * (RANGE, S): an app's journeys are one partition, listed by Query in id order, and no operation scans.
 * One item per journey: the definition as one document ({@code Definition}, see {@link JourneyDocuments}),
 * beside the server-owned members as plain attributes ({@code Name}, {@code State}, dates, {@code tags}) so
 * they can be read or indexed without parsing, and {@code Revision}, the optimistic-lock counter every
 * replace is conditional on.
 */
public final class DynamoDbJourneyStore implements JourneyStore {

  static final String APP = "ApplicationId";
  static final String ID = "JourneyId";
  static final String REVISION = "Revision";
  /** Prefix inside list tokens, so a token from another listing is rejected, not misread. */
  static final String TOKEN_PREFIX = "journeys.v1:";
  /**
   * DynamoDB items hold at most 400 KB; keep the document well under it so the other attributes fit. A
   * bigger journey is the client's (a 413), not a DynamoDB ValidationException turned into a 500.
   */
  static final int MAX_DOCUMENT_BYTES = 350_000;

  private final DynamoDbClient dynamo;
  private final String table;
  private final JourneyDocuments documents;

  /** A store on {@code table} through {@code dynamo}, definitions in {@code documents}' format. */
  public DynamoDbJourneyStore(DynamoDbClient dynamo, String table, JourneyDocuments documents) {
    this.dynamo = dynamo;
    this.table = table;
    this.documents = documents;
  }

  @Override
  public void create(Journey journey) {
    try {
      dynamo.putItem(b -> b.tableName(table)
          .item(toItem(journey))
          .conditionExpression("attribute_not_exists(#id)")
          .expressionAttributeNames(Map.of("#id", ID)));
    } catch (ConditionalCheckFailedException e) {
      throw new ConflictException("Journey " + journey.id() + " already exists");
    }
  }

  @Override
  public Optional<Journey> find(String applicationId, String journeyId) {
    // Strongly consistent, so a GetJourney right after a write sees it.
    GetItemResponse r = dynamo.getItem(b -> b.tableName(table).key(key(applicationId, journeyId)).consistentRead(true));
    return r.hasItem() && !r.item().isEmpty() ? Optional.of(toJourney(r.item())) : Optional.empty();
  }

  @Override
  public Page<Journey> list(String applicationId, int limit, String token) {
    Map<String, AttributeValue> start = token == null ? null : key(applicationId, decode(token));
    QueryResponse r = dynamo.query(b -> b.tableName(table)
        .keyConditionExpression("#app = :app")
        .expressionAttributeNames(Map.of("#app", APP))
        .expressionAttributeValues(Map.of(":app", AttributeValue.fromS(applicationId)))
        .limit(limit)
        .consistentRead(true)
        .exclusiveStartKey(start));
    // DynamoDB may return a LastEvaluatedKey when nothing follows; the next page is then empty with no token.
    String next = r.hasLastEvaluatedKey() && !r.lastEvaluatedKey().isEmpty()
        ? PageTokens.encode(TOKEN_PREFIX, r.lastEvaluatedKey().get(ID).s())
        : null;
    return new Page<>(r.items().stream().map(this::toJourney).toList(), next);
  }

  @Override
  public boolean replace(Journey next) {
    try {
      dynamo.putItem(b -> b.tableName(table)
          .item(toItem(next))
          .conditionExpression("#rev = :expected")
          .expressionAttributeNames(Map.of("#rev", REVISION))
          .expressionAttributeValues(Map.of(":expected", AttributeValue.fromN(Long.toString(next.revision() - 1)))));
      return true;
    } catch (ConditionalCheckFailedException e) {
      return false;
    }
  }

  @Override
  public Optional<Journey> delete(String applicationId, String journeyId) {
    DeleteItemResponse r = dynamo.deleteItem(b -> b.tableName(table)
        .key(key(applicationId, journeyId)).returnValues(ReturnValue.ALL_OLD));
    return r.hasAttributes() && !r.attributes().isEmpty() ? Optional.of(toJourney(r.attributes())) : Optional.empty();
  }

  static Map<String, AttributeValue> key(String applicationId, String journeyId) {
    return Map.of(APP, AttributeValue.fromS(applicationId), ID, AttributeValue.fromS(journeyId));
  }

  Map<String, AttributeValue> toItem(Journey j) {
    String document = documents.write(j.definition());
    int bytes = document.getBytes(StandardCharsets.UTF_8).length;
    if (bytes > MAX_DOCUMENT_BYTES) {
      throw new PayloadTooLargeException("The journey definition is " + bytes + " bytes; at most "
          + MAX_DOCUMENT_BYTES + " bytes can be stored");
    }
    Map<String, AttributeValue> item = new HashMap<>(key(j.applicationId(), j.id()));
    if (j.definition().name() != null) {
      item.put("Name", AttributeValue.fromS(j.definition().name()));
    }
    item.put("State", AttributeValue.fromS(j.state().name()));
    item.put("CreationDate", AttributeValue.fromS(Timestamps.format(j.creationDate())));
    item.put("LastModifiedDate", AttributeValue.fromS(Timestamps.format(j.lastModifiedDate())));
    item.put(REVISION, AttributeValue.fromN(Long.toString(j.revision())));
    item.put("Definition", AttributeValue.fromS(document));
    item.put("tags", AttributeValue.fromM(j.tags().entrySet().stream()
        .collect(Collectors.toMap(Map.Entry::getKey, e -> AttributeValue.fromS(e.getValue())))));
    return item;
  }

  Journey toJourney(Map<String, AttributeValue> item) {
    Map<String, String> tags = item.containsKey("tags")
        ? item.get("tags").m().entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().s()))
        : Map.of();
    return new Journey(
        item.get(APP).s(),
        item.get(ID).s(),
        documents.read(item.get("Definition").s()),
        JourneyState.valueOf(item.get("State").s()),
        Timestamps.parse(item.get("CreationDate").s()),
        Timestamps.parse(item.get("LastModifiedDate").s()),
        tags,
        Long.parseLong(item.get(REVISION).n()));
  }

  private static String decode(String token) {
    String id = PageTokens.decode(TOKEN_PREFIX, token);
    if (!Ids.isWellFormed(id)) {
      throw new BadRequestException("Invalid token");
    }
    return id;
  }
}
