package dev.tern.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tern.wire.KnownRoutes;
import jakarta.ws.rs.Path;
import java.io.File;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * openapi.json (generated from Pinpoint's model for the operations in served-operations.txt) must list
 * exactly the routes the function's resources serve: no documented route missing, none undocumented.
 */
class OpenApiMatchesRoutesTest {

  /** Every class under target/classes with a JAX-RS @Path: found, not listed, so none is missed. */
  private static List<Class<?>> resources() throws Exception {
    java.nio.file.Path classes = java.nio.file.Path.of("target/classes");
    List<Class<?>> found = new java.util.ArrayList<>();
    try (var files = java.nio.file.Files.walk(classes)) {
      for (var file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
        String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
        Class<?> type = Class.forName(name, false, OpenApiMatchesRoutesTest.class.getClassLoader());
        if (type.isAnnotationPresent(Path.class)) {
          found.add(type);
        }
      }
    }
    return found;
  }

  @Test
  void wiringListsEveryResourceClassForTheMethodNotAllowedAnswers() throws Exception {
    assertEquals(new java.util.HashSet<>(resources()), Set.of(Wiring.RESOURCES));
  }

  @Test
  void documentedRoutesAreExactlyTheServedRoutes() throws Exception {
    JsonNode paths = new ObjectMapper().readTree(new File("openapi.json")).get("paths");
    Set<String> documented = new TreeSet<>();
    paths.fields().forEachRemaining(path -> path.getValue().fieldNames()
        .forEachRemaining(method -> documented.add(method.toUpperCase() + " " + path.getKey())));

    Set<String> served = new TreeSet<>();
    for (Class<?> resource : resources()) {
      String base = resource.getAnnotation(Path.class).value();
      for (Method m : resource.getDeclaredMethods()) {
        String verb = KnownRoutes.httpMethod(m);
        if (verb != null) {
          Path sub = m.getAnnotation(Path.class);
          served.add(verb + " " + base + (sub == null ? "" : sub.value()));
        }
      }
    }
    assertEquals(documented, served);
  }
}
