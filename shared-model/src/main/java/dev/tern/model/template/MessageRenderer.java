package dev.tern.model.template;

import com.github.jknack.handlebars.Context;
import com.github.jknack.handlebars.EscapingStrategy;
import com.github.jknack.handlebars.Handlebars;
import com.github.jknack.handlebars.Template;
import com.github.jknack.handlebars.context.MapValueResolver;
import com.github.jknack.handlebars.io.AbstractTemplateLoader;
import com.github.jknack.handlebars.io.TemplateSource;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Renders a template version for one endpoint: Pinpoint's message variables, defaults and helpers
 * over a plain {@code Map} view of the endpoint.
 *
 * <p>The endpoint view mirrors {@code EndpointResponse} as nested maps — {@code Id}, {@code Address},
 * {@code ChannelType}, {@code Attributes} (name → list), {@code Metrics} (name → number), {@code
 * User.UserId}, {@code User.UserAttributes} (name → list), {@code Demographic.*}, {@code Location.*},
 * {@code OptOut}, … — so a template's {@code {{Attributes.City}}} resolves as in Pinpoint (user guide,
 * message-templates-personalizing.md, "Supported attributes"). Lookups only walk maps and lists, never
 * Java getters, so a template cannot reach into objects. Lists print comma-joined ({@link ValueList}),
 * numbers without a trailing ".0" ({@link Display}). Missing values take defaults in the order of
 * {@link RenderContext}, else render as empty text.
 *
 * <p>Escaping: Pinpoint templates are Handlebars, where {@code {{x}}} HTML-escapes and {@code {{{x}}}}
 * does not. Tern escapes only in the email {@code HtmlPart}; {@code Subject}, {@code TextPart}, SMS,
 * voice and push text are not HTML, and escaping there would send "Tom &amp;amp; Jerry" to a phone.
 * Pinpoint documents no escaping rule per part; this is Tern's decision.
 *
 * <p>Each part is compiled once per template version and text (see {@link VersionCache}); a broken
 * template yields {@link RenderResult.Failed}, cached too, so a campaign does not recompile per
 * recipient. Helpers are listed in {@link PinpointHelpers}. Thread-safe.
 */
public final class MessageRenderer {

  private static final int DEFAULT_CACHE_ENTRIES = 2_000;

  private record Compiled(Template template, String error) {}

  private final Handlebars html;
  private final Handlebars text;
  private final VersionCache<Compiled> compiled;
  private final VersionCache<DefaultSubstitutions> defaults;
  private final AtomicLong compilations = new AtomicLong();

  /** A renderer whose {@code now} helper reads {@code clock}. */
  public MessageRenderer(Clock clock) {
    this(clock, DEFAULT_CACHE_ENTRIES);
  }

  /** A renderer that caches at most {@code cacheEntries} compiled parts. */
  public MessageRenderer(Clock clock, int cacheEntries) {
    this.html = handlebars(clock, EscapingStrategy.HTML_ENTITY);
    this.text = handlebars(clock, EscapingStrategy.NOOP);
    this.compiled = new VersionCache<>(cacheEntries);
    this.defaults = new VersionCache<>(cacheEntries);
  }

  /** Renders every part of {@code version} (see {@link TemplateParts}) for one endpoint. */
  public RenderResult render(
      TemplateVersion version, Map<String, ?> endpoint, Substitutions substitutions) {
    Map<String, Object> model = model(version, endpoint, substitutions);
    Map<String, String> out = new LinkedHashMap<>();
    for (Map.Entry<String, String> part : TemplateParts.of(version.template()).entrySet()) {
      RenderResult one = apply(version, part.getKey(), part.getValue(), model);
      if (one instanceof RenderResult.Failed failed) {
        return failed;
      }
      out.put(part.getKey(), ((RenderResult.Rendered) one).part(part.getKey()));
    }
    return new RenderResult.Rendered(out);
  }

  /** Renders one named part; a part the template does not have is a failure. */
  public RenderResult renderPart(
      TemplateVersion version, String part, Map<String, ?> endpoint, Substitutions substitutions) {
    String source = TemplateParts.of(version.template()).get(part);
    if (source == null) {
      return new RenderResult.Failed(version.name(), version.version(), part,
          "the " + version.type() + " template has no part " + part);
    }
    return apply(version, part, source, model(version, endpoint, substitutions));
  }

  /** Compiles every part without rendering; the first broken part, empty when all compile. */
  public Optional<RenderResult.Failed> check(TemplateVersion version) {
    for (Map.Entry<String, String> part : TemplateParts.of(version.template()).entrySet()) {
      Compiled c = compile(version, part.getKey(), part.getValue());
      if (c.error() != null) {
        return Optional.of(
            new RenderResult.Failed(version.name(), version.version(), part.getKey(), c.error()));
      }
    }
    return Optional.empty();
  }

  /** How many parts this renderer has compiled so far (cache misses), for tests and metrics. */
  public long compilations() {
    return compilations.get();
  }

  private Map<String, Object> model(
      TemplateVersion version, Map<String, ?> endpoint, Substitutions substitutions) {
    String json = version.template().defaultSubstitutions();
    DefaultSubstitutions parsed = json == null ? DefaultSubstitutions.NONE
        : defaults.get(key(version, "#defaults"), json, DefaultSubstitutions::parseOrNone);
    return RenderContext.build(endpoint, parsed,
        substitutions == null ? Substitutions.NONE : substitutions);
  }

  private RenderResult apply(
      TemplateVersion version, String part, String source, Map<String, Object> model) {
    Compiled c = compile(version, part, source);
    if (c.error() != null) {
      return new RenderResult.Failed(version.name(), version.version(), part, c.error());
    }
    Context context = Context.newBuilder(model).resolver(MapValueResolver.INSTANCE).build();
    try {
      return new RenderResult.Rendered(Map.of(part, c.template().apply(context)));
    } catch (IOException | RuntimeException broken) {
      return new RenderResult.Failed(version.name(), version.version(), part, message(broken));
    } finally {
      context.destroy();
    }
  }

  private Compiled compile(TemplateVersion version, String part, String source) {
    return compiled.get(key(version, part), source, text -> {
      compilations.incrementAndGet();
      Handlebars engine = TemplateParts.isHtml(part) ? html : this.text;
      try {
        return new Compiled(engine.compileInline(text), null);
      } catch (IOException | RuntimeException broken) {
        return new Compiled(null, message(broken));
      }
    });
  }

  private static VersionCache.Key key(TemplateVersion version, String part) {
    return new VersionCache.Key(version.name(), version.type(), version.version(), part);
  }

  private static String message(Exception e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root && root.getMessage() == null) {
      root = root.getCause();
    }
    return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
  }

  private static Handlebars handlebars(Clock clock, EscapingStrategy escaping) {
    Handlebars engine = new Handlebars(new NoPartials())
        .with(escaping)
        .with((value, next) -> value instanceof Number ? Display.text(value) : next.format(value));
    PinpointHelpers.register(engine, clock);
    return engine;
  }

  /** Partials other than inline ones have no source: Tern has no partial store. */
  private static final class NoPartials extends AbstractTemplateLoader {
    @Override
    public TemplateSource sourceAt(String location) throws IOException {
      throw new FileNotFoundException("partial '" + location + "' is not defined inline");
    }
  }
}
