package dev.tern.model.template;

import java.math.BigDecimal;

/**
 * How a value prints inside {@code {{…}}}.
 *
 * <p>Why: endpoint {@code Metrics} are doubles in the model ({@code MapOf__double}), and a Java
 * {@code Double} prints {@code 42.0} where Handlebars.js, which Pinpoint templates are written in,
 * prints {@code 42}. Numbers therefore print in plain decimal notation without a trailing {@code .0}.
 */
final class Display {

  private Display() {}

  static String text(Object value) {
    if (value == null) {
      return "";
    }
    if ((value instanceof Double || value instanceof Float)) {
      double d = ((Number) value).doubleValue();
      if (Double.isFinite(d)) {
        return plain(BigDecimal.valueOf(d));
      }
    }
    if (value instanceof BigDecimal big) {
      return plain(big);
    }
    return value.toString();
  }

  static String plain(BigDecimal number) {
    BigDecimal stripped = number.stripTrailingZeros();
    return stripped.signum() == 0 ? "0" : stripped.toPlainString();
  }
}
