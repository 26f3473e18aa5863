package dev.tern.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The dependency rule as a test: shared-model is the domain and must not depend on Quarkus or the
 * AWS SDKs, so it stays testable with plain JUnit and reusable by every function.
 */
class DomainIsFrameworkFreeTest {

  private static final Path MAIN = Path.of("src/main/java");
  /** Imports (plain or static) of a forbidden package, or a fully qualified use in code. */
  private static final Pattern FORBIDDEN =
      Pattern.compile("\\b(io\\.quarkus|software\\.amazon\\.awssdk|com\\.amazonaws)\\b");

  @Test
  void sharedModelImportsNoFrameworkOrAwsSdk() {
    List<String> offenders = javaFiles().flatMap(DomainIsFrameworkFreeTest::violations).toList();
    assertEquals(List.of(), offenders, "shared-model/src/main must not use Quarkus or the AWS SDK");
  }

  @Test
  void theRuleSeesTheSourcesAndCatchesAViolation() {
    // Guards against a vacuous pass (wrong working directory, empty tree, broken pattern).
    assertTrue(javaFiles().count() > 10, "expected to scan shared-model's sources from " + MAIN.toAbsolutePath());
    assertTrue(FORBIDDEN.matcher("import software.amazon.awssdk.services.dynamodb.DynamoDbClient;").find());
    assertTrue(FORBIDDEN.matcher("import static io.quarkus.runtime.LaunchMode.NORMAL;").find());
    assertTrue(FORBIDDEN.matcher("com.amazonaws.services.lambda.runtime.Context ctx;").find());
  }

  private static Stream<Path> javaFiles() {
    try {
      return Files.walk(MAIN).filter(p -> p.toString().endsWith(".java")).toList().stream();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Stream<String> violations(Path file) {
    try {
      List<String> lines = Files.readAllLines(file);
      return java.util.stream.IntStream.range(0, lines.size())
          .filter(i -> !isComment(lines.get(i)))
          .filter(i -> FORBIDDEN.matcher(lines.get(i)).find())
          .mapToObj(i -> file + ":" + (i + 1) + ": " + lines.get(i).trim());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean isComment(String line) {
    String t = line.trim();
    return t.startsWith("//") || t.startsWith("*") || t.startsWith("/*");
  }
}
