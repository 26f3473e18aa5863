package dev.tern.model.segment;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Pinpoint's {@code AttributeDimension}: criteria on a custom endpoint or user attribute.
 *
 * @param attributeType null on the wire is read as INCLUSIVE, like SetDimension's documented default
 * @param values one value for BEFORE/AFTER/ON, two (start, end) for BETWEEN, one or more otherwise
 */
public record AttributeDimension(AttributeType attributeType, List<String> values) {

  /** Defaults the type to INCLUSIVE and copies the values (null list or elements stay for the validator to reject). */
  public AttributeDimension {
    attributeType = attributeType == null ? AttributeType.INCLUSIVE : attributeType;
    values = values == null ? null : Collections.unmodifiableList(new ArrayList<>(values));
  }

  /** A dimension of the given type and values. */
  public static AttributeDimension of(AttributeType type, String... values) {
    return new AttributeDimension(type, List.of(values));
  }
}
