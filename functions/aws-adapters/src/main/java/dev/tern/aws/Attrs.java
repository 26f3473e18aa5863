package dev.tern.aws;

import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** DynamoDB attribute helpers shared by the item mappers: absent values are absent attributes. */
final class Attrs {

  private Attrs() {}

  static AttributeValue s(String value) {
    return AttributeValue.fromS(value);
  }

  static AttributeValue n(long value) {
    return AttributeValue.fromN(Long.toString(value));
  }

  static void putS(Map<String, AttributeValue> m, String name, String value) {
    if (value != null) {
      m.put(name, s(value));
    }
  }

  static void putN(Map<String, AttributeValue> m, String name, Integer value) {
    if (value != null) {
      m.put(name, n(value));
    }
  }

  static String str(Map<String, AttributeValue> m, String name) {
    return m.containsKey(name) ? m.get(name).s() : null;
  }

  static Integer num(Map<String, AttributeValue> m, String name) {
    return m.containsKey(name) ? Integer.valueOf(m.get(name).n()) : null;
  }
}
