package dev.tern.model.template;

import java.math.BigDecimal;
import java.util.List;

/** Reads helper arguments as numbers: a {@code Number}, a numeric string, or a one-value list of one. */
final class Numbers {

  private Numbers() {}

  /** The argument as a number, or null when it is not numeric. */
  static BigDecimal orNull(Object value) {
    Object v = single(value);
    if (v instanceof BigDecimal big) {
      return big;
    }
    if (v instanceof Double || v instanceof Float) {
      double d = ((Number) v).doubleValue();
      return Double.isFinite(d) ? BigDecimal.valueOf(d) : null;
    }
    if (v instanceof Number n) {
      return new BigDecimal(n.toString());
    }
    if (v instanceof CharSequence text) {
      try {
        return new BigDecimal(text.toString().trim());
      } catch (NumberFormatException notNumeric) {
        return null;
      }
    }
    return null;
  }

  /** The argument as a number; a non-number fails the render with a message naming the helper. */
  static BigDecimal required(String helper, Object value) {
    BigDecimal n = orNull(value);
    if (n == null) {
      throw new IllegalArgumentException(helper + ": '" + Display.text(value) + "' is not a number");
    }
    return n;
  }

  /** Unwraps a one-value list to its value; other values unchanged. */
  static Object single(Object value) {
    return value instanceof List<?> list && list.size() == 1 ? list.get(0) : value;
  }
}
