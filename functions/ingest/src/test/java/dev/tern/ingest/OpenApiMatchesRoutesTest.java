package dev.tern.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tern.wire.KnownRoutes;
import dev.tern.wire.Operation;
import jakarta.ws.rs.Path;
import java.io.File;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * functions/ingest/openapi.json (generated from Pinpoint's model for served-operations.txt) lists exactly
 * the routes EventsApi serves, each resource method names that route's model operation (AuthFilter
 * authorises by it), and the routes are the ones the 405 answers are derived from.
 */
class OpenApiMatchesRoutesTest {

  @Test
  void documentedRoutesAndOperationsAreExactlyTheServedOnes() throws Exception {
    JsonNode paths = new ObjectMapper().readTree(new File("openapi.json")).get("paths");
    Map<String, String> documented = new TreeMap<>();
    paths.fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(
        op -> documented.put(op.getKey().toUpperCase() + " " + path.getKey(), op.getValue().path("operationId").asText())));

    Map<String, String> served = new TreeMap<>();
    String base = EventsApi.class.getAnnotation(Path.class).value();
    for (Method m : EventsApi.class.getDeclaredMethods()) {
      String verb = KnownRoutes.httpMethod(m);
      if (verb != null) {
        Path sub = m.getAnnotation(Path.class);
        Operation op = m.getAnnotation(Operation.class);
        served.put(verb + " " + base + (sub == null ? "" : sub.value()), op == null ? "(no @Operation)" : op.value());
      }
    }
    assertEquals(documented, served);
    assertEquals(documented.keySet(), new Wiring().knownRoutes().routes());
  }
}
