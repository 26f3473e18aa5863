package dev.tern.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.Path;
import java.io.File;
import java.lang.reflect.Method;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * openapi.json (generated from Pinpoint's model for the operations in served-operations.txt) must list
 * exactly the routes the function's resources serve: no documented route missing, none undocumented.
 */
class OpenApiMatchesRoutesTest {

  @Test
  void wiringListsEveryResourceClassForTheMethodNotAllowedAnswers() throws Exception {
    assertEquals(new java.util.HashSet<>(ResourceClasses.all()), Set.of(Wiring.RESOURCES));
  }

  @Test
  void documentedRoutesAreExactlyTheServedRoutes() throws Exception {
    JsonNode paths = new ObjectMapper().readTree(new File("openapi.json")).get("paths");
    Set<String> documented = new TreeSet<>();
    paths.fields().forEachRemaining(path -> path.getValue().fieldNames()
        .forEachRemaining(method -> documented.add(method.toUpperCase() + " " + path.getKey())));

    Set<String> served = new TreeSet<>();
    for (Class<?> resource : ResourceClasses.all()) {
      String base = resource.getAnnotation(Path.class).value();
      for (Method m : resource.getDeclaredMethods()) {
        String verb = ResourceClasses.httpMethod(m);
        if (verb != null) {
          Path sub = m.getAnnotation(Path.class);
          if (!base.startsWith(AccessKeysApi.BASE)) { // Tern's own admin API is not Pinpoint's
            served.add(verb + " " + base + (sub == null ? "" : sub.value()));
          }
        }
      }
    }
    assertEquals(documented, served);
  }
}
