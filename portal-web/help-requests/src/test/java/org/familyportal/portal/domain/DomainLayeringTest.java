package org.familyportal.portal.domain;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The help requests' domain imports nothing from the layers above it (application, infrastructure,
 * interfaces): read from the sources, so the rule holds without a library. (A project-wide ArchUnit
 * test, if one comes, supersedes this.)
 */
class DomainLayeringTest {

    private static final Path DOMAIN = Path.of("src/main/java/org/familyportal/portal/domain");

    @Test
    void theDomainImportsNoApplicationInfrastructureOrInterfaces() throws IOException {
        List<String> offending;
        try (Stream<Path> files = Files.walk(DOMAIN)) {
            offending = files.filter(f -> f.toString().endsWith(".java")).flatMap(f -> {
                try {
                    return Files.readAllLines(f).stream()
                            .filter(l -> l.matches("import (static )?org\\.familyportal\\.portal\\.(application|infrastructure|interfaces)\\..*"))
                            .map(l -> DOMAIN.relativize(f) + ": " + l);
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }).toList();
        }
        assertEquals(List.of(), offending);
    }
}
