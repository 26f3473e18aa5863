package dev.tern.aws;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.Update;

/**
 * The {@code tags} attribute every taggable item carries (a map of strings, Pinpoint's lower-case member
 * name), and the conditional write TagResource/UntagResource make on it.
 *
 * <p>The write replaces the whole map, on condition that the stored map is still the one the caller read:
 * {@code size(tags) = :n} plus {@code tags.#k = :v} for each key read. DynamoDB's {@code size()} counts a
 * map's elements, so together these say "exactly these tags"; with at most 50 tags of ≤128-character keys
 * the expression stays far below DynamoDB's 4 KB expression limit (keys go in as expression attribute
 * names, so any key character is safe). Whole-item writers of the same items (UpdateSegment,
 * UpdateCampaign) add the same condition, so a version written from a read made before a tag change fails
 * instead of restoring the old tags.
 */
final class TagAttributes {

  static final String TAGS = "tags";

  private TagAttributes() {}

  /** The tags as a DynamoDB map attribute. */
  static AttributeValue toAttribute(Map<String, String> tags) {
    Map<String, AttributeValue> m = new HashMap<>();
    tags.forEach((k, v) -> m.put(k, AttributeValue.fromS(v)));
    return AttributeValue.fromM(m);
  }

  /** The item's tags; an item written without the attribute has none. */
  static Map<String, String> fromItem(Map<String, AttributeValue> item) {
    Map<String, String> tags = new LinkedHashMap<>();
    if (item.containsKey(TAGS)) {
      item.get(TAGS).m().forEach((k, v) -> tags.put(k, v.s()));
    }
    return tags;
  }

  /**
   * A condition that the item's tags are exactly {@code expected}, adding its placeholders ({@code #tags},
   * {@code #tg0…}, {@code :tgn}, {@code :tg0…}) to {@code names} and {@code values}.
   */
  static String sameTags(Map<String, String> expected, Map<String, String> names, Map<String, AttributeValue> values) {
    names.put("#tags", TAGS);
    values.put(":tgn", AttributeValue.fromN(Integer.toString(expected.size())));
    if (expected.isEmpty()) {
      return "(attribute_not_exists(#tags) OR size(#tags) = :tgn)";
    }
    StringBuilder condition = new StringBuilder("size(#tags) = :tgn");
    int i = 0;
    for (Map.Entry<String, String> tag : expected.entrySet()) {
      names.put("#tg" + i, tag.getKey());
      values.put(":tg" + i, AttributeValue.fromS(tag.getValue()));
      condition.append(" AND #tags.#tg").append(i).append(" = :tg").append(i);
      i++;
    }
    return condition.toString();
  }

  /**
   * The update that sets the item's tags to {@code next} if the item exists ({@code keyAttribute} present)
   * and its tags are still {@code expected}; {@code extraSet} (e.g. {@code , #rev = #rev + :one}) and its
   * placeholders ride along.
   */
  static Update update(String table, Map<String, AttributeValue> key, String keyAttribute, Map<String, String> expected,
      Map<String, String> next, String extraSet, Map<String, String> extraNames, Map<String, AttributeValue> extraValues) {
    Map<String, String> names = new HashMap<>(extraNames);
    Map<String, AttributeValue> values = new HashMap<>(extraValues);
    names.put("#key", keyAttribute);
    values.put(":tags", toAttribute(next));
    String condition = "attribute_exists(#key) AND " + sameTags(expected, names, values);
    return Update.builder().tableName(table).key(key)
        .updateExpression("SET #tags = :tags" + extraSet)
        .conditionExpression(condition)
        .expressionAttributeNames(names)
        .expressionAttributeValues(values)
        .build();
  }

  /** Runs {@link #update} as one UpdateItem; false if its condition failed (nothing written). */
  static boolean replace(DynamoDbClient dynamo, Update update) {
    try {
      dynamo.updateItem(b -> b.tableName(update.tableName()).key(update.key())
          .updateExpression(update.updateExpression())
          .conditionExpression(update.conditionExpression())
          .expressionAttributeNames(update.expressionAttributeNames())
          .expressionAttributeValues(update.expressionAttributeValues()));
      return true;
    } catch (ConditionalCheckFailedException e) {
      return false;
    }
  }
}
