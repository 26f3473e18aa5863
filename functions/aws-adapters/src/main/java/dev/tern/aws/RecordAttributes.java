package dev.tern.aws;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Maps a domain record (and the records, enums, lists and string maps inside it) to a DynamoDB map
 * attribute and back, by its record components. Used for content whose shape is the domain's own (message
 * templates of five types with nested parts), so one mapper replaces a hand-written one per type. Null
 * components are absent attributes. Strings longer than {@link #COMPRESS_OVER} characters are stored
 * gzip-compressed as binary (B): an email template may hold 600,000 characters, more than DynamoDB's
 * 400 KB item limit, and HTML compresses well.
 */
final class RecordAttributes {

  /** Strings longer than this are compressed. */
  static final int COMPRESS_OVER = 2048;

  private RecordAttributes() {}

  /** The map attribute of {@code record}. */
  static AttributeValue toAttribute(Record record) {
    Map<String, AttributeValue> m = new LinkedHashMap<>();
    for (RecordComponent c : record.getClass().getRecordComponents()) {
      Object value;
      try {
        value = c.getAccessor().invoke(record);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("cannot read " + c, e);
      }
      if (value != null) {
        m.put(c.getName(), write(value));
      }
    }
    return AttributeValue.fromM(m);
  }

  /** The record of class {@code type} (a record class) held by map attribute {@code value}. */
  static <T> T fromAttribute(Class<T> type, AttributeValue value) {
    if (!type.isRecord()) {
      throw new IllegalArgumentException(type + " is not a record");
    }
    return type.cast(read(type, value));
  }

  private static AttributeValue write(Object value) {
    if (value instanceof String s) {
      return s.length() > COMPRESS_OVER ? AttributeValue.fromB(SdkBytes.fromByteArray(gzip(s))) : AttributeValue.fromS(s);
    }
    if (value instanceof Enum<?> e) {
      return AttributeValue.fromS(e.name());
    }
    if (value instanceof Boolean b) {
      return AttributeValue.fromBool(b);
    }
    if (value instanceof Number n) {
      return AttributeValue.fromN(n.toString());
    }
    if (value instanceof Record r) {
      return toAttribute(r);
    }
    if (value instanceof List<?> list) {
      return AttributeValue.fromL(list.stream().map(RecordAttributes::write).toList());
    }
    if (value instanceof Map<?, ?> map) {
      Map<String, AttributeValue> m = new HashMap<>();
      map.forEach((k, v) -> m.put((String) k, write(v)));
      return AttributeValue.fromM(m);
    }
    throw new IllegalArgumentException("unsupported component type " + value.getClass());
  }

  private static Object read(Type type, AttributeValue value) {
    Class<?> raw = type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
    if (raw == String.class) {
      return value.b() != null ? gunzip(value.b().asByteArray()) : value.s();
    }
    if (raw.isEnum()) {
      return enumConstant(raw, value.s());
    }
    if (raw == Boolean.class || raw == boolean.class) {
      return value.bool();
    }
    if (raw == Integer.class || raw == int.class) {
      return Integer.valueOf(value.n());
    }
    if (raw == Long.class || raw == long.class) {
      return Long.valueOf(value.n());
    }
    if (raw == Double.class || raw == double.class) {
      return Double.valueOf(value.n());
    }
    if (raw.isRecord()) {
      return readRecord(raw, value.m());
    }
    Type[] args = ((ParameterizedType) type).getActualTypeArguments();
    if (List.class.isAssignableFrom(raw)) {
      List<Object> list = new ArrayList<>();
      value.l().forEach(v -> list.add(read(args[0], v)));
      return list;
    }
    if (Map.class.isAssignableFrom(raw)) {
      Map<String, Object> map = new LinkedHashMap<>();
      value.m().forEach((k, v) -> map.put(k, read(args[1], v)));
      return map;
    }
    throw new IllegalArgumentException("unsupported component type " + type);
  }

  private static Object readRecord(Class<?> type, Map<String, AttributeValue> m) {
    RecordComponent[] components = type.getRecordComponents();
    Class<?>[] types = new Class<?>[components.length];
    Object[] args = new Object[components.length];
    for (int i = 0; i < components.length; i++) {
      types[i] = components[i].getType();
      AttributeValue v = m.get(components[i].getName());
      args[i] = v == null ? null : read(components[i].getGenericType(), v);
    }
    try {
      Constructor<?> canonical = type.getDeclaredConstructor(types);
      canonical.setAccessible(true);
      return canonical.newInstance(args);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot build " + type, e);
    }
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Object enumConstant(Class<?> type, String name) {
    return Enum.valueOf((Class) type, name);
  }

  private static byte[] gzip(String text) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(text.getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static String gunzip(byte[] bytes) {
    try (GZIPInputStream gz = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
      return new String(gz.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
