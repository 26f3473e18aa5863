package dev.tern.aws;

import dev.tern.model.common.BadRequestException;
import java.util.Locale;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;

/**
 * DynamoDB's 400 KB item limit as the client's mistake it is: a write refused for its size becomes a
 * 400 BadRequestException naming what was too large, not a 500. Any other DynamoDB error passes.
 */
final class ItemLimits {

  private ItemLimits() {}

  /** Rethrows {@code e} as a BadRequestException if DynamoDB refused the item for its size. */
  static RuntimeException translate(DynamoDbException e, String what) {
    String message = e.getMessage() == null ? "" : e.getMessage().toLowerCase(Locale.ROOT);
    if (e.statusCode() == 400 && message.contains("size") && message.contains("exceed")) {
      return new BadRequestException(what + " is too large to store: an item is limited to 400 KB");
    }
    return e;
  }
}
