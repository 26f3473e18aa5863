package dev.tern.model.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The template domain imports no framework or AWS SDK (style.md, convention 2). */
class TemplatePackageDependencyTest {

  private static final Path SOURCES = Path.of("src/main/java/dev/tern/model/template");
  private static final List<String> FORBIDDEN =
      List.of("import io.quarkus", "import software.amazon.awssdk", "import com.amazonaws");

  @Test
  void importsNoFrameworkOrAwsSdk() throws IOException {
    assertTrue(Files.isDirectory(SOURCES), "run from the shared-model module: " + SOURCES);
    try (Stream<Path> files = Files.list(SOURCES)) {
      List<String> offending = files.filter(f -> f.toString().endsWith(".java"))
          .flatMap(TemplatePackageDependencyTest::forbiddenImports)
          .toList();
      assertEquals(List.of(), offending);
    }
  }

  private static Stream<String> forbiddenImports(Path file) {
    try {
      return Files.readAllLines(file).stream()
          .map(String::trim)
          .filter(line -> FORBIDDEN.stream().anyMatch(line::startsWith))
          .map(line -> file.getFileName() + ": " + line);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
