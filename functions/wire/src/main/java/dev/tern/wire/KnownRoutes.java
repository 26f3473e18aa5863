package dev.tern.wire;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The routes a function serves, derived from its JAX-RS resource classes, so {@link ErrorMapper} can
 * answer 405 for a known path with another method. RESTEasy alone cannot always tell: when several
 * resource classes match a path prefix and the best one lacks the method, it falls back to the others
 * and ends with 404. Each HTTP function produces one of these from its resource classes.
 */
public final class KnownRoutes {

  private record Route(String method, String template, Pattern path) {}

  private final List<Route> routes = new ArrayList<>();

  /** The routes of {@code resources} (classes with {@code @Path}; methods with an HTTP method annotation). */
  public KnownRoutes(Class<?>... resources) {
    for (Class<?> resource : resources) {
      String base = resource.getAnnotation(Path.class).value();
      for (Method m : resource.getDeclaredMethods()) {
        String verb = httpMethod(m);
        if (verb != null) {
          Path sub = m.getAnnotation(Path.class);
          String template = base + (sub == null ? "" : sub.value());
          routes.add(new Route(verb, template, template(template)));
        }
      }
    }
  }

  /** The methods served on {@code rawPath} (not decoded, so an encoded {@code /} stays inside its segment). */
  public Set<String> methodsOf(String rawPath) {
    String path = rawPath.length() > 1 && rawPath.endsWith("/") ? rawPath.substring(0, rawPath.length() - 1) : rawPath;
    Set<String> methods = new TreeSet<>();
    for (Route route : routes) {
      if (route.path().matcher(path).matches()) {
        methods.add(route.method());
      }
    }
    return methods;
  }

  /** Every route as {@code METHOD /template}, e.g. {@code POST /v1/apps/{application-id}/events}. */
  public Set<String> routes() {
    Set<String> all = new TreeSet<>();
    routes.forEach(r -> all.add(r.method() + " " + r.template()));
    return all;
  }

  /** A JAX-RS template as a regex: each {@code {param}} one non-empty path segment. */
  private static Pattern template(String template) {
    String normalised = ("/" + template).replaceAll("/+", "/");
    if (normalised.length() > 1 && normalised.endsWith("/")) {
      normalised = normalised.substring(0, normalised.length() - 1);
    }
    StringBuilder regex = new StringBuilder();
    for (String part : normalised.split("(?=\\{)|(?<=\\})")) {
      regex.append(part.startsWith("{") ? "[^/]+" : Pattern.quote(part));
    }
    return Pattern.compile(regex.toString());
  }

  /** The HTTP method a JAX-RS resource method answers ({@code GET}, …), or null for other methods. */
  public static String httpMethod(Method m) {
    for (Annotation a : m.getAnnotations()) {
      HttpMethod verb = a.annotationType().getAnnotation(HttpMethod.class);
      if (verb != null) {
        return verb.value();
      }
    }
    return null;
  }
}
