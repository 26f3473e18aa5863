package dev.tern.model.segment;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Pinpoint's {@code SetDimension}: a set of values an endpoint field must (INCLUSIVE) or must not
 * (EXCLUSIVE) be in. Used for the demographic dimensions and Location.Country.
 *
 * @param dimensionType null on the wire means INCLUSIVE (the documented default)
 */
public record SetDimension(DimensionType dimensionType, List<String> values) {

  /** Defaults the type to INCLUSIVE and copies the values (null list or elements stay for the validator to reject). */
  public SetDimension {
    dimensionType = dimensionType == null ? DimensionType.INCLUSIVE : dimensionType;
    values = values == null ? null : Collections.unmodifiableList(new ArrayList<>(values));
  }

  /** An INCLUSIVE set. */
  public static SetDimension inclusive(String... values) {
    return new SetDimension(DimensionType.INCLUSIVE, List.of(values));
  }

  /** An EXCLUSIVE set. */
  public static SetDimension exclusive(String... values) {
    return new SetDimension(DimensionType.EXCLUSIVE, List.of(values));
  }
}
