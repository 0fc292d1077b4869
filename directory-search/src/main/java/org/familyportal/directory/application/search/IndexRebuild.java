package org.familyportal.directory.application.search;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.familyportal.directory.application.port.DirectoryCaller;
import org.familyportal.directory.application.port.DirectoryRole;

import java.io.IOException;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Rebuilds the search index from MariaDB on an administrator's request, in the background, one
 * rebuild at a time, telling how far it has got.
 */
@ApplicationScoped
public class IndexRebuild {

    private static final Logger LOG = Logger.getLogger(IndexRebuild.class.getName());

    @Resource
    ManagedExecutorService executor;

    @Inject
    SiteSearch search;

    @Inject
    DirectoryCaller caller;

    private final AtomicInteger done = new AtomicInteger();
    private volatile boolean running;
    private volatile Integer finished;
    private volatile boolean failed;

    /** Starts a rebuild unless one is running; false when one is. */
    public synchronized boolean start() {
        caller.require(DirectoryRole.ADMIN);
        if (running) {
            return false;
        }
        running = true;
        finished = null;
        failed = false;
        done.set(0);
        executor.submit(() -> {
            try {
                finished = search.rebuild(done::set);
            } catch (IOException | SQLException | RuntimeException e) {
                LOG.log(Level.SEVERE, "Search index rebuild failed", e);
                failed = true;
            } finally {
                running = false;
            }
        });
        return true;
    }

    public boolean isRunning() {
        return running;
    }

    public int getDone() {
        return done.get();
    }

    /** Services indexed by the last finished rebuild, or null. */
    public Integer getFinished() {
        return finished;
    }

    public boolean isFailed() {
        return failed;
    }
}
