package dev.tern.model.template;

import com.github.jknack.handlebars.Helper;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.function.BinaryOperator;
import java.util.function.UnaryOperator;

/**
 * Pinpoint's math helpers {@code add, subtract, multiply, divide, modulo, ceiling, floor, round}
 * (user guide, message-template-helpers.md, "Math and encoding helpers"), which Handlebars.java lacks.
 *
 * <p>Why decimal arithmetic: the guide's examples are exact decimals ({@code {{add 5 2.3}}} → 7.3,
 * {@code {{subtract 5 2.3}}} → 2.7, {@code {{divide 5 2.3}}} → 2.17391304, i.e. eight places), which
 * binary doubles would print as 2.7000000000000002. A non-numeric argument or a division by zero fails
 * the render.
 */
final class MathHelpers {

  private static final int DIVIDE_SCALE = 8;

  private MathHelpers() {}

  static Helper<Object> binary(String name, BinaryOperator<BigDecimal> op) {
    return (a, options) -> Display.plain(
        op.apply(Numbers.required(name, a), Numbers.required(name, options.param(0, null))));
  }

  static Helper<Object> unary(String name, UnaryOperator<BigDecimal> op) {
    return (a, options) -> Display.plain(op.apply(Numbers.required(name, a)));
  }

  static BigDecimal divide(BigDecimal a, BigDecimal b) {
    if (b.signum() == 0) {
      throw new IllegalArgumentException("divide: division by zero");
    }
    return a.divide(b, DIVIDE_SCALE, RoundingMode.HALF_UP);
  }

  static BigDecimal modulo(BigDecimal a, BigDecimal b) {
    if (b.signum() == 0) {
      throw new IllegalArgumentException("modulo: division by zero");
    }
    return a.remainder(b);
  }

  static BigDecimal round(BigDecimal a, RoundingMode mode) {
    return a.setScale(0, mode);
  }
}
