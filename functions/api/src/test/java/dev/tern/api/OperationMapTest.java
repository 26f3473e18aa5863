package dev.tern.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tern.wire.Operation;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.Path;
import java.io.File;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Every JAX-RS resource method names its Pinpoint operation with {@link Operation} ({@link AuthFilter}
 * authorises by that name and refuses a method without it), and the name is the one Pinpoint's model
 * gives that method and path (openapi.json is generated from the model): a GET mapped to a write
 * operation, or a copy-pasted name, would grant the wrong role.
 */
class OperationMapTest {



  @Test
  void everyResourceMethodCarriesThePinpointOperationOfItsRoute() throws Exception {
    JsonNode paths = new ObjectMapper().readTree(new File("openapi.json")).get("paths");
    Map<String, String> modelled = new TreeMap<>();
    paths.fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(
        op -> modelled.put(op.getKey().toUpperCase() + " " + path.getKey(), op.getValue().path("operationId").asText())));

    Map<String, String> annotated = new TreeMap<>();
    List<String> missing = new ArrayList<>();
    int methods = 0;
    for (Class<?> resource : ResourceClasses.all()) {
      String base = resource.getAnnotation(Path.class).value();
      for (Method m : resource.getDeclaredMethods()) {
        String verb = ResourceClasses.httpMethod(m);
        if (verb == null) {
          continue;
        }
        methods++;
        Operation operation = m.getAnnotation(Operation.class);
        if (operation == null) {
          missing.add(resource.getSimpleName() + "." + m.getName());
          continue;
        }
        Path sub = m.getAnnotation(Path.class);
        String route = verb + " " + base + (sub == null ? "" : sub.value());
        if (route.startsWith(verb + " " + AccessKeysApi.BASE)) {
          // Tern's own admin API: not a Pinpoint operation, named Tern* so no Pinpoint name is taken.
          assertTrue(operation.value().startsWith("Tern"), route + " -> " + operation.value());
          continue;
        }
        annotated.put(route, operation.value());
      }
    }
    assertTrue(methods > 0, "no resource methods found under target/classes");
    assertEquals(List.of(), missing, "resource methods without @Operation");
    assertEquals(modelled, annotated);
  }
}
