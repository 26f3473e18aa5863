package dev.tern.model.template;

import com.github.jknack.handlebars.Helper;
import com.github.jknack.handlebars.Options;
import com.github.jknack.handlebars.TagType;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.function.IntPredicate;

/**
 * Pinpoint's comparison helpers {@code eq, neq, gt, gte, lt, lte}, inline ({@code {{eq a b yes='y'
 * no='n'}}}) or as blocks with {@code {{else}}} (user guide, message-template-helpers.md,
 * "Conditional helpers").
 *
 * <p>Why not the library's: Handlebars.java compares two strings lexicographically, so its {@code {{gt
 * User.UserAttributes.UserAge.[0] "17"}}} — the guide's own example, where attribute values are
 * strings — would call "9" greater than "17". Here two numeric operands (numbers or numeric strings)
 * compare as numbers, anything else as text; a one-value list compares as its value.
 */
final class ComparisonHelpers {

  private ComparisonHelpers() {}

  static Helper<Object> eq() {
    return (a, options) -> answer(equal(a, options.param(0, null)), options);
  }

  static Helper<Object> neq() {
    return (a, options) -> answer(!equal(a, options.param(0, null)), options);
  }

  static Helper<Object> ordered(IntPredicate accept) {
    return (a, options) -> {
      Integer c = compare(a, options.param(0, null));
      return answer(c != null && accept.test(c), options);
    };
  }

  private static Object answer(boolean result, Options options) throws IOException {
    if (options.tagType == TagType.SECTION) {
      return result ? options.fn() : options.inverse();
    }
    return result ? options.hash("yes", true) : options.hash("no", false);
  }

  static boolean equal(Object a, Object b) {
    Object x = Numbers.single(a);
    Object y = Numbers.single(b);
    BigDecimal nx = Numbers.orNull(x);
    BigDecimal ny = Numbers.orNull(y);
    if (nx != null && ny != null) {
      return nx.compareTo(ny) == 0;
    }
    if (x == null || y == null) {
      return x == y;
    }
    return Objects.equals(Display.text(x), Display.text(y));
  }

  private static Integer compare(Object a, Object b) {
    Object x = Numbers.single(a);
    Object y = Numbers.single(b);
    if (x == null || y == null) {
      return null;
    }
    BigDecimal nx = Numbers.orNull(x);
    BigDecimal ny = Numbers.orNull(y);
    if (nx != null && ny != null) {
      return nx.compareTo(ny);
    }
    return Display.text(x).compareTo(Display.text(y));
  }
}
