package dev.tern.model.campaign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The dependency rule for this package: the campaign domain imports no framework and no AWS SDK. */
class CampaignPackageImportsTest {

    static final Path SOURCES = Path.of("src/main/java/dev/tern/model/campaign");
    static final List<String> FORBIDDEN = List.of("io.quarkus", "software.amazon.awssdk", "com.amazonaws",
            "jakarta.", "javax.inject");

    @Test
    void importsNothingFromFrameworksOrAws() throws IOException {
        assertTrue(Files.isDirectory(SOURCES), "run from the shared-model module: " + SOURCES.toAbsolutePath());
        List<String> offending;
        List<Path> files;
        try (Stream<Path> walk = Files.walk(SOURCES)) {
            files = walk.filter(p -> p.toString().endsWith(".java")).toList();
        }
        assertTrue(files.size() > 10, "found the sources");
        offending = files.stream().flatMap(CampaignPackageImportsTest::forbiddenImports).toList();
        assertEquals(List.of(), offending);
    }

    private static Stream<String> forbiddenImports(Path file) {
        try {
            return Files.readAllLines(file).stream()
                    .filter(line -> line.startsWith("import "))
                    .filter(line -> FORBIDDEN.stream().anyMatch(f -> line.contains(" " + f)
                            || line.contains("static " + f)))
                    .map(line -> file.getFileName() + ": " + line);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
