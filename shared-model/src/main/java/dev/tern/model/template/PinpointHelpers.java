package dev.tern.model.template;

import com.github.jknack.handlebars.Handlebars;
import com.github.jknack.handlebars.Helper;
import com.github.jknack.handlebars.helper.ConditionalHelpers;
import com.github.jknack.handlebars.helper.EachHelper;
import com.github.jknack.handlebars.helper.StringHelpers;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.util.List;

/**
 * Registers the helpers of Pinpoint's user guide "Using message template helpers"
 * (message-template-helpers.md; list in pinpoint-api.md §4.7) on a Handlebars instance.
 *
 * <p>Where they come from:
 *
 * <ul>
 *   <li>Handlebars built-ins: {@code if}, {@code unless}, {@code with}, {@code lookup}, inline
 *       partials ({@code {{#* inline "x"}}…{{/inline}}}, {@code {{> x}}}) and {@code each}, wrapped
 *       to iterate at most 15 items ("The maximum list size is 15 items"; Tern reads it as a cap on
 *       what is rendered, not an error).
 *   <li>Handlebars.java {@code StringHelpers}, whose names and options match the guide: {@code
 *       abbreviate, capitalize, capitalizeFirst, cut, join, lower, replace, slugify, stripTags,
 *       substring, upper, yesno}; {@code ConditionalHelpers}: {@code and, or,
 *       not}.
 *   <li>Tern: {@code eq, neq, gt, gte, lt, lte} ({@link ComparisonHelpers}), {@code dateFormat, now}
 *       ({@link DateHelpers}), {@code add, subtract, multiply, divide, modulo, ceiling, floor, round}
 *       ({@link MathHelpers}), {@code ljust, rjust, center, inflect, ordinalize, encode64, decode64, md5, sha256, sha512,
 *       uuid} ({@link TextHelpers}).
 * </ul>
 *
 * <p>Not supported, each failing the render if used: partials other than inline ones (there is no
 * partial store); Handlebars.java's extras that read resources or log ({@code embedded, block,
 * partial, precompile, i18n, i18nJs, log}). Known differences: an unquoted zone such as the guide's
 * {@code tz=America/Los_Angeles} is a Handlebars path (the slash separates segments) and resolves to
 * nothing, so the zone must be quoted ({@code tz="America/Los_Angeles"}); recommendation variables
 * ({@code RecommendationItems}, {@code Recommendations.*}) render only if the caller puts them in the
 * endpoint view.
 */
final class PinpointHelpers {

  /** "The maximum list size is 15 items" for {@code each}. */
  static final int EACH_LIMIT = 15;

  private static final List<String> REFUSED =
      List.of("embedded", "block", "partial", "precompile", "i18n", "i18nJs", "log");

  private PinpointHelpers() {}

  static void register(Handlebars handlebars, Clock clock) {
    for (String name : REFUSED) {
      handlebars.registerHelper(name, refused(name));
    }
    handlebars.registerHelper("each", limitedEach());

    for (StringHelpers h : List.of(StringHelpers.abbreviate, StringHelpers.capitalize,
        StringHelpers.capitalizeFirst, StringHelpers.cut, StringHelpers.join, StringHelpers.lower,
        StringHelpers.replace, StringHelpers.slugify, StringHelpers.stripTags, StringHelpers.substring,
        StringHelpers.upper, StringHelpers.yesno)) {
      handlebars.registerHelper(h.name(), h);
    }
    for (ConditionalHelpers h :
        List.of(ConditionalHelpers.and, ConditionalHelpers.or, ConditionalHelpers.not)) {
      handlebars.registerHelper(h.name(), h);
    }

    handlebars.registerHelper("eq", ComparisonHelpers.eq());
    handlebars.registerHelper("neq", ComparisonHelpers.neq());
    handlebars.registerHelper("gt", ComparisonHelpers.ordered(c -> c > 0));
    handlebars.registerHelper("gte", ComparisonHelpers.ordered(c -> c >= 0));
    handlebars.registerHelper("lt", ComparisonHelpers.ordered(c -> c < 0));
    handlebars.registerHelper("lte", ComparisonHelpers.ordered(c -> c <= 0));

    handlebars.registerHelper("dateFormat", DateHelpers.dateFormat());
    handlebars.registerHelper("now", DateHelpers.now(clock));

    handlebars.registerHelper("add", MathHelpers.binary("add", BigDecimal::add));
    handlebars.registerHelper("subtract", MathHelpers.binary("subtract", BigDecimal::subtract));
    handlebars.registerHelper("multiply", MathHelpers.binary("multiply", BigDecimal::multiply));
    handlebars.registerHelper("divide", MathHelpers.binary("divide", MathHelpers::divide));
    handlebars.registerHelper("modulo", MathHelpers.binary("modulo", MathHelpers::modulo));
    handlebars.registerHelper("ceiling",
        MathHelpers.unary("ceiling", n -> MathHelpers.round(n, RoundingMode.CEILING)));
    handlebars.registerHelper("floor",
        MathHelpers.unary("floor", n -> MathHelpers.round(n, RoundingMode.FLOOR)));
    handlebars.registerHelper("round",
        MathHelpers.unary("round", n -> MathHelpers.round(n, RoundingMode.HALF_UP)));

    handlebars.registerHelper("ljust", TextHelpers.pad("ljust", TextHelpers.Align.LEFT));
    handlebars.registerHelper("rjust", TextHelpers.pad("rjust", TextHelpers.Align.RIGHT));
    handlebars.registerHelper("center", TextHelpers.pad("center", TextHelpers.Align.CENTER));
    handlebars.registerHelper("inflect", TextHelpers.inflect());
    handlebars.registerHelper("ordinalize", TextHelpers.ordinalize());
    handlebars.registerHelper("encode64", TextHelpers.encode64());
    handlebars.registerHelper("decode64", TextHelpers.decode64());
    handlebars.registerHelper("md5", TextHelpers.digest("MD5"));
    handlebars.registerHelper("sha256", TextHelpers.digest("SHA-256"));
    handlebars.registerHelper("sha512", TextHelpers.digest("SHA-512"));
    handlebars.registerHelper("uuid", TextHelpers.uuid());
  }

  private static Helper<Object> limitedEach() {
    return (context, options) -> {
      Object items = context;
      if (context instanceof List<?> list && list.size() > EACH_LIMIT) {
        items = list.subList(0, EACH_LIMIT);
      }
      return EachHelper.INSTANCE.apply(items, options);
    };
  }

  private static Helper<Object> refused(String name) {
    return (context, options) -> {
      throw new IllegalArgumentException("the '" + name + "' helper is not supported");
    };
  }
}
