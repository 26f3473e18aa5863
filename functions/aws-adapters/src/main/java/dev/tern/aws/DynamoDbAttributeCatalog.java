package dev.tern.aws;

import static dev.tern.aws.EndpointItems.BUCKET;
import static dev.tern.aws.EndpointItems.ENDPOINT_ID;

import dev.tern.model.endpoint.AttributeCatalog;
import dev.tern.model.endpoint.AttributeName;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;

/**
 * {@link AttributeCatalog} as one item per application in EndpointsTable: key
 * ({@code {applicationId}#attributes}, {@code -}), a string set {@code Names} of {@code kind:name}
 * entries (kind being RemoveAttributes' attribute-type). The key is outside every endpoint bucket, so
 * endpoint queries never see it. ADD and DELETE on a set are atomic, so concurrent writers never lose
 * names; the 250 check itself is read-then-write, so two writers racing past it can overshoot by the
 * names of one request, which the quota tolerates better than a global lock would.
 */
public final class DynamoDbAttributeCatalog implements AttributeCatalog {

  static final String NAMES = "Names";

  private final DynamoDbClient dynamo;
  private final String table;

  /** A catalog on {@code table} (EndpointsTable) through {@code dynamo}. */
  public DynamoDbAttributeCatalog(DynamoDbClient dynamo, String table) {
    this.dynamo = dynamo;
    this.table = table;
  }

  static Map<String, AttributeValue> key(String applicationId) {
    return Map.of(BUCKET, AttributeValue.fromS(applicationId + "#attributes"), ENDPOINT_ID, AttributeValue.fromS("-"));
  }

  @Override
  public Set<AttributeName> names(String applicationId) {
    GetItemResponse r = dynamo.getItem(b -> b.tableName(table).key(key(applicationId)).consistentRead(true));
    Set<AttributeName> names = new LinkedHashSet<>();
    if (r.hasItem() && r.item().containsKey(NAMES)) {
      for (String entry : r.item().get(NAMES).ss()) {
        names.add(parse(entry));
      }
    }
    return names;
  }

  @Override
  public void add(String applicationId, Set<AttributeName> names) {
    change("ADD", applicationId, names);
  }

  @Override
  public void remove(String applicationId, Set<AttributeName> names) {
    change("DELETE", applicationId, names);
  }

  private void change(String action, String applicationId, Set<AttributeName> names) {
    if (names.isEmpty()) {
      return; // DynamoDB rejects empty sets
    }
    List<String> entries = names.stream().map(n -> n.kind().wireName() + ":" + n.name()).toList();
    dynamo.updateItem(b -> b.tableName(table)
        .key(key(applicationId))
        .updateExpression(action + " #n :n")
        .expressionAttributeNames(Map.of("#n", NAMES))
        .expressionAttributeValues(Map.of(":n", AttributeValue.fromSs(entries))));
  }

  private static AttributeName parse(String entry) {
    int colon = entry.indexOf(':');
    String kind = entry.substring(0, colon);
    for (AttributeName.Kind k : AttributeName.Kind.values()) {
      if (k.wireName().equals(kind)) {
        return new AttributeName(k, entry.substring(colon + 1));
      }
    }
    throw new IllegalStateException("unknown attribute kind in catalog entry " + entry);
  }
}
