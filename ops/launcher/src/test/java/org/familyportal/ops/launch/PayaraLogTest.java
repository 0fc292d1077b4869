package org.familyportal.ops.launch;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PayaraLogTest {

    /** A stack trace of about 9.6 KB, as Payara wrote for every bad Accept-Language. */
    private static String badRequestTrace(int n) {
        StringBuilder trace = new StringBuilder("[2026-12-01T08:00:00.000+0000] [] [WARNING] request " + n
                + " java.lang.IllegalArgumentException: en;q=abc\n");
        while (trace.length() < 9_600) {
            trace.append("\tat org.glassfish.jersey.message.internal.HttpHeaderReader.readQualityFactor(HttpHeaderReader.java:")
                    .append(trace.length()).append(")\n");
        }
        return trace.toString();
    }

    @Test
    void aFloodOfOutputStaysWithinTheConfiguredFilesAndSize() throws Exception {
        Path folder = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "logs-");
        LaunchSettings.LogRotation rotation = new LaunchSettings.LogRotation(200_000, 3);
        StringBuilder flood = new StringBuilder();
        for (int i = 0; i < 600; i++) {   // ~5.8 MB, what 600 bad requests wrote in a minute
            flood.append(badRequestTrace(i));
        }
        flood.append("[2026-12-01T08:00:09.000+0000] [] [\u001B[1;92mINFO\u001B[0m] [] [PayaraMicro] Deployed 1 archive(s)\n");
        flood.append("the last line\n");
        List<String> seen = Collections.synchronizedList(new ArrayList<>());
        try (PayaraLog log = new PayaraLog(folder, rotation)) {
            log.pump(new ByteArrayInputStream(flood.toString().getBytes(StandardCharsets.UTF_8)), seen::add).join();
            assertEquals("the last line", log.tail().get(log.tail().size() - 1));
            assertTrue(Files.readString(log.current()).endsWith("the last line" + System.lineSeparator()),
                    "the newest lines are in " + log.current());
        }

        long total;
        List<String> names;
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> logs = files.filter(f -> f.getFileName().toString().endsWith(".log")).toList();
            names = logs.stream().map(f -> f.getFileName().toString()).sorted().toList();
            total = 0;
            for (Path f : logs) {
                total += Files.size(f);
            }
        }
        assertEquals(List.of("payara.0.log", "payara.1.log", "payara.2.log"), names);
        assertTrue(total <= rotation.maxBytes() + 3 * 200, "at most 3 × 200 KB on disk: " + total);
        assertTrue(seen.contains("the last line"), "every line also reaches the launcher's watch");
        assertTrue(seen.contains("[2026-12-01T08:00:09.000+0000] [] [INFO] [] [PayaraMicro] Deployed 1 archive(s)"),
                "plain text, without the console's colours");
    }
}
