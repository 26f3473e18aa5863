package dev.tern.aws;

import dev.tern.model.common.BadRequestException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

/**
 * DynamoDB's 400 KB item limit as the client's mistake it is: a write refused for its size becomes a
 * 400 BadRequestException naming what was too large, not a 500. Any other DynamoDB error passes.
 */
final class ItemLimits {

  /** DynamoDB's item size limit, 400 KB (https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/ServiceQuotas.html). */
  static final int MAX_ITEM_BYTES = 400 * 1024;

  private ItemLimits() {}

  /**
   * Refuses, before any call, an item DynamoDB would refuse for its size: the same 400 as {@link #translate},
   * without shipping megabytes to the database first (moto, the local cloud's emulator, takes longer than
   * the API's timeout to refuse a 6 MB transaction; DynamoDB bills the attempt).
   */
  static void require(Map<String, AttributeValue> item, String what) {
    if (size(item) > MAX_ITEM_BYTES) {
      throw new BadRequestException(what + " is too large to store: an item is limited to 400 KB");
    }
  }

  /** {@link #require} for every Put of a transaction. */
  static void require(TransactWriteItem[] items, String what) {
    for (TransactWriteItem item : items) {
      if (item.put() != null) {
        require(item.put().item(), what);
      }
    }
  }

  /**
   * The item's size as DynamoDB counts it (attribute names plus values, UTF-8), to within the few bytes
   * of overhead per nested value it adds (counted here as 3 per list or map and 1 per element).
   */
  static long size(Map<String, AttributeValue> item) {
    long total = 0;
    for (Map.Entry<String, AttributeValue> e : item.entrySet()) {
      total += utf8(e.getKey()) + size(e.getValue());
    }
    return total;
  }

  private static long size(AttributeValue v) {
    if (v.s() != null) {
      return utf8(v.s());
    }
    if (v.n() != null) {
      return Math.min(21, v.n().length() / 2 + 2);
    }
    if (v.b() != null) {
      return v.b().asByteArray().length;
    }
    if (v.hasM()) {
      return 3 + v.m().values().stream().mapToLong(x -> 1 + size(x)).sum()
          + v.m().keySet().stream().mapToLong(ItemLimits::utf8).sum();
    }
    if (v.hasL()) {
      return 3 + v.l().stream().mapToLong(x -> 1 + size(x)).sum();
    }
    if (v.hasSs()) {
      return v.ss().stream().mapToLong(ItemLimits::utf8).sum();
    }
    if (v.hasNs()) {
      return v.ns().stream().mapToLong(n -> Math.min(21, n.length() / 2 + 2)).sum();
    }
    if (v.hasBs()) {
      return v.bs().stream().mapToLong(b -> b.asByteArray().length).sum();
    }
    return 1; // BOOL, NULL
  }

  private static long utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8).length;
  }

  /** Rethrows {@code e} as a BadRequestException if DynamoDB refused the item for its size. */
  static RuntimeException translate(DynamoDbException e, String what) {
    String message = e.getMessage() == null ? "" : e.getMessage().toLowerCase(Locale.ROOT);
    if (e.statusCode() == 400 && message.contains("size") && message.contains("exceed")) {
      return new BadRequestException(what + " is too large to store: an item is limited to 400 KB");
    }
    return e;
  }
}
