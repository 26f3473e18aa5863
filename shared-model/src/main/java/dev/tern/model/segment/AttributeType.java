package dev.tern.model.segment;

/**
 * Pinpoint's {@code AttributeType}, how an {@link AttributeDimension} compares values. BEFORE, AFTER, ON
 * and BETWEEN read values as ISO-8601 date-times ("read as ISO_INSTANT datetimes" in the model doc).
 */
public enum AttributeType {
  INCLUSIVE,
  EXCLUSIVE,
  CONTAINS,
  BEFORE,
  AFTER,
  ON,
  BETWEEN
}
