package org.familyportal.directory.application.exchange;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.familyportal.directory.application.port.DirectoryCaller;
import org.familyportal.directory.application.port.DirectoryRole;
import org.familyportal.directory.application.search.SiteSearch;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Imports uploaded HSDS files in the background, so the administrator watches a progress bar
 * instead of a spinning page, and keeps each import's report for its owner to read.
 */
@ApplicationScoped
public class DirectoryImports {

    private static final Logger LOG = Logger.getLogger(DirectoryImports.class.getName());

    /** One import, as far as it has got. */
    public static final class Job {
        private final String id = UUID.randomUUID().toString();
        private final String owner;
        private final String file;
        private final int total;
        private final AtomicInteger done = new AtomicInteger();
        private volatile ImportReport report;
        private volatile boolean failed;

        Job(String owner, String file, int total) {
            this.owner = owner;
            this.file = file;
            this.total = total;
        }

        public String getId() {
            return id;
        }

        public String getFile() {
            return file;
        }

        public int getPercent() {
            return report != null || failed ? 100 : total == 0 ? 0 : Math.min(99, done.get() * 100 / total);
        }

        public boolean isFinished() {
            return report != null || failed;
        }

        public boolean isFailed() {
            return failed;
        }

        public ImportReport getReport() {
            return report;
        }
    }

    private static final int KEPT = 50;

    private final Map<String, Job> jobs = new ConcurrentHashMap<>();

    @Resource
    ManagedExecutorService executor;

    @Inject
    TabularReader reader;

    @Inject
    JsonReader jsonReader;

    @Inject
    Instance<DirectoryImport> importer;

    @Inject
    SiteSearch search;

    @Inject
    DirectoryCaller caller;

    /** Reads the uploaded file (zip, csv or json by its name) and starts importing it. */
    public Job start(String owner, String fileName, byte[] content) throws IOException {
        owner = caller.actingAs(owner, DirectoryRole.ADMIN);
        String name = fileName.toLowerCase();
        ImportBatch batch;
        if (name.endsWith(".zip")) {
            batch = reader.readZip(new ByteArrayInputStream(content));
        } else if (name.endsWith(".json")) {
            batch = jsonReader.read(fileName, content);
        } else {
            batch = reader.read(Map.of(fileName, content));
        }
        Job job = new Job(owner, fileName, batch.totalRows());
        forgetOldJobs();
        jobs.put(job.id, job);
        executor.submit(() -> {
            try {
                ImportReport report = importer.get().run(batch, job.done::set);
                search.rebuild(done -> { });
                job.report = report;
            } catch (IOException | java.sql.SQLException | RuntimeException e) {
                LOG.log(Level.SEVERE, "Import of " + fileName + " failed", e);
                job.failed = true;
            }
        });
        return job;
    }

    /** Keeps the memory bounded: past {@value #KEPT} jobs, finished ones are forgotten. */
    private void forgetOldJobs() {
        if (jobs.size() >= KEPT) {
            jobs.values().removeIf(Job::isFinished);
        }
    }

    /** The job, if it exists and belongs to {@code owner}. */
    public Optional<Job> job(String id, String owner) {
        caller.actingAs(owner, DirectoryRole.ADMIN);
        return Optional.ofNullable(id == null ? null : jobs.get(id)).filter(j -> j.owner.equals(owner));
    }
}
