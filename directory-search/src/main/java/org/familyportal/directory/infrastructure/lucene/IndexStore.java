package org.familyportal.directory.infrastructure.lucene;

import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * Where the generations of the search index live. A rebuild writes a fresh generation beside the
 * one that serves searches and then makes it current in one step; the old one is removed after
 * the switch. On disk a generation is a sub-folder, and the file {@code current} names the one in
 * use (replaced atomically), so a crash during a rebuild leaves the previous index in place.
 */
public abstract class IndexStore {

    /** One generation: its name and its Lucene directory. */
    public record Generation(String name, Directory directory) {
    }

    /** Generations in sub-folders of {@code folder}, the current one named in {@code folder/current}. */
    public static IndexStore inFolder(Path folder) {
        return new Folder(folder);
    }

    /**
     * Generations in memory (tests, benchmarks): the first is {@code first}, later ones are new
     * in-memory directories.
     */
    public static IndexStore inMemory(Directory first) {
        return new Memory(first);
    }

    /** The generation in use; an empty one is made current when there is none. */
    abstract Generation current() throws IOException;

    /** A new, empty generation, not yet in use. */
    abstract Generation fresh() throws IOException;

    /** Makes {@code generation} the one in use (atomically). */
    abstract void promote(Generation generation) throws IOException;

    /** Removes a generation that is no longer in use (its directory is already closed). */
    abstract void discard(Generation generation) throws IOException;

    /** Throws everything away (an unreadable index); {@link #current()} then starts anew. */
    public abstract void reset() throws IOException;

    private static final class Folder extends IndexStore {
        private static final String POINTER = "current";
        private static final AtomicLong SEQUENCE = new AtomicLong();
        private final Path folder;

        Folder(Path folder) {
            this.folder = folder;
        }

        @Override
        Generation current() throws IOException {
            Files.createDirectories(folder);
            Path pointer = folder.resolve(POINTER);
            String name = Files.exists(pointer) ? Files.readString(pointer, StandardCharsets.UTF_8).strip() : "";
            if (name.isEmpty() || !name.startsWith("g-") || !Files.isDirectory(folder.resolve(name))) {
                Generation generation = fresh();
                promote(generation);
                name = generation.name();
                generation.directory().close();
            }
            removeAllBut(name);
            return new Generation(name, FSDirectory.open(folder.resolve(name)));
        }

        @Override
        Generation fresh() throws IOException {
            String name = "g-" + System.currentTimeMillis() + "-" + SEQUENCE.incrementAndGet();
            Path path = Files.createDirectories(folder.resolve(name));
            return new Generation(name, FSDirectory.open(path));
        }

        @Override
        void promote(Generation generation) throws IOException {
            Path next = folder.resolve(POINTER + ".next");
            Files.writeString(next, generation.name(), StandardCharsets.UTF_8);
            Files.move(next, folder.resolve(POINTER), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        }

        @Override
        void discard(Generation generation) throws IOException {
            delete(folder.resolve(generation.name()));
        }

        @Override
        public void reset() throws IOException {
            removeAllBut(null);
            Files.deleteIfExists(folder.resolve(POINTER));
        }

        /** Leftovers: generations of interrupted rebuilds, and an index of the old layout (files in the folder itself). */
        private void removeAllBut(String keep) throws IOException {
            List<Path> entries;
            try (Stream<Path> list = Files.list(folder)) {
                entries = list.toList();
            }
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                if (!name.equals(keep) && !name.equals(POINTER)) {
                    delete(entry);
                }
            }
        }

        private static void delete(Path path) throws IOException {
            if (!Files.exists(path)) {
                return;
            }
            try (Stream<Path> files = Files.walk(path)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }

    private static final class Memory extends IndexStore {
        private Directory first;

        Memory(Directory first) {
            this.first = first;
        }

        @Override
        synchronized Generation current() {
            if (first == null) {
                first = new ByteBuffersDirectory();
            }
            return new Generation("memory", first);
        }

        @Override
        Generation fresh() {
            return new Generation("memory", new ByteBuffersDirectory());
        }

        @Override
        void promote(Generation generation) {
            // nothing to record: the index in memory lives as long as the process
        }

        @Override
        void discard(Generation generation) {
            // closing the directory freed it
        }

        @Override
        public synchronized void reset() {
            first = null;
        }
    }
}
