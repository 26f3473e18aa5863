package dev.tern.model.app;

import dev.tern.model.common.BadRequestException;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * AWS resource-tagging rules, which Pinpoint applies to the {@code tags} of apps (and other
 * resources): at most 50 tags, key 1..128 and value 0..256 characters from letters, digits, white
 * space and {@code _ . : / = + - @}, and no key in the reserved {@code aws:} namespace. See
 * https://docs.aws.amazon.com/tag-editor/latest/userguide/tagging.html.
 */
public final class TagPolicy {

  /** Maximum tags on one resource. */
  public static final int MAX_TAGS = 50;
  /** Maximum key length in characters. */
  public static final int MAX_KEY_LENGTH = 128;
  /** Maximum value length in characters. */
  public static final int MAX_VALUE_LENGTH = 256;

  private static final Pattern ALLOWED = Pattern.compile("[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*");

  private TagPolicy() {}

  /** Rejects {@code tags} (may be null: no tags) with a message naming the offending tag. */
  public static void check(Map<String, String> tags) {
    if (tags == null) {
      return;
    }
    if (tags.size() > MAX_TAGS) {
      throw new BadRequestException("tags: at most " + MAX_TAGS + " tags are allowed, got " + tags.size());
    }
    tags.forEach(TagPolicy::checkOne);
  }

  private static void checkOne(String key, String value) {
    if (key == null || key.isEmpty() || key.codePointCount(0, key.length()) > MAX_KEY_LENGTH) {
      throw new BadRequestException("tags: a tag key must be 1 to " + MAX_KEY_LENGTH + " characters");
    }
    if (!ALLOWED.matcher(key).matches()) {
      throw new BadRequestException("tags: tag key '" + key + "' contains characters that are not allowed");
    }
    if (key.regionMatches(true, 0, "aws:", 0, 4)) {
      throw new BadRequestException("tags: tag key '" + key + "' uses the reserved prefix aws:");
    }
    if (value == null) {
      throw new BadRequestException("tags: the value of tag '" + key + "' must be a string");
    }
    if (value.codePointCount(0, value.length()) > MAX_VALUE_LENGTH) {
      throw new BadRequestException("tags: the value of tag '" + key + "' exceeds " + MAX_VALUE_LENGTH + " characters");
    }
    if (!ALLOWED.matcher(value).matches()) {
      throw new BadRequestException("tags: the value of tag '" + key + "' contains characters that are not allowed");
    }
  }
}
