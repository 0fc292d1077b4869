package org.familyportal.ops.launch;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Consumer;
import java.util.logging.FileHandler;
import java.util.logging.Formatter;
import java.util.logging.Level;
import java.util.logging.LogRecord;

/**
 * Payara Micro's output (its log, and whatever else the JVM prints) written to rotated files of a
 * bounded size: {@code payara.0.log} is the newest; when it reaches the size limit it becomes
 * {@code payara.1.log} and so on, and the oldest beyond the count is deleted (the JDK's
 * {@link FileHandler} does the rotation). At most {@code files × fileBytes} (plus one line) stay on
 * disk, however much a flood of bad requests makes Payara write.
 * <p>
 * The launcher reads the output itself rather than letting Payara write the file, so that it also
 * sees every line: that is how it knows whether the deployment succeeded or failed.
 */
final class PayaraLog implements Closeable {

    private static final int TAIL_LINES = 60;
    /** Payara's console log is coloured (ANSI escapes); the files are plain text. */
    private static final java.util.regex.Pattern ANSI = java.util.regex.Pattern.compile("\u001B\\[[;\\d]*m");

    private final Path folder;
    private final FileHandler files;
    private final Deque<String> tail = new ArrayDeque<>();

    PayaraLog(Path folder, LaunchSettings.LogRotation rotation) throws IOException {
        this.folder = folder;
        Files.createDirectories(folder);
        files = new FileHandler(folder.resolve("payara.%g.log").toString(),
                (int) Math.min(Integer.MAX_VALUE, rotation.fileBytes()), rotation.files(), true);
        files.setEncoding(StandardCharsets.UTF_8.name());
        files.setFormatter(new Formatter() {
            @Override
            public String format(LogRecord record) {
                return record.getMessage() + System.lineSeparator();
            }
        });
    }

    /** The file being written now. */
    Path current() {
        return folder.resolve("payara.0.log");
    }

    /** Copies {@code output} line by line into the files (and to {@code lines}) until it ends, in a thread of its own. */
    Thread pump(InputStream output, Consumer<String> lines) {
        Thread pump = new Thread(() -> {
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(output, StandardCharsets.UTF_8))) {
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    line = ANSI.matcher(line).replaceAll("");
                    write(line);
                    lines.accept(line);
                }
            } catch (IOException e) {
                write("(the launcher could not read Payara's output any more: " + e.getMessage() + ")");
            }
        }, "payara-log");
        pump.setDaemon(true);
        pump.start();
        return pump;
    }

    /** A line of the launcher's own (a database restart, a slow start), in the same files. */
    void write(String line) {
        files.publish(new LogRecord(Level.INFO, line));
        synchronized (tail) {
            tail.addLast(line);
            if (tail.size() > TAIL_LINES) {
                tail.removeFirst();
            }
        }
    }

    /** The last lines written, to show when the start fails. */
    List<String> tail() {
        synchronized (tail) {
            return new ArrayList<>(tail);
        }
    }

    @Override
    public void close() {
        files.close();
    }
}
