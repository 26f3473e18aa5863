package dev.tern.api;

import dev.tern.wire.KnownRoutes;
import jakarta.ws.rs.Path;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;

/** The function's JAX-RS resources, found on disk rather than listed, so none is missed by the route tests. */
final class ResourceClasses {

  private ResourceClasses() {}

  /** Every class under target/classes with a JAX-RS @Path. */
  static List<Class<?>> all() throws Exception {
    java.nio.file.Path classes = java.nio.file.Path.of("target/classes");
    List<Class<?>> found = new ArrayList<>();
    try (var files = java.nio.file.Files.walk(classes)) {
      for (var file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
        String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
        Class<?> type = Class.forName(name, false, ResourceClasses.class.getClassLoader());
        if (type.isAnnotationPresent(Path.class)) {
          found.add(type);
        }
      }
    }
    return found;
  }

  /** The HTTP method of a resource method, or null for a plain method. */
  static String httpMethod(Method m) {
    return KnownRoutes.httpMethod(m);
  }
}
