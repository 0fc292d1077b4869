package org.familyportal.content.application.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.function.IntSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * How a kind of demo content is stored on start: only with {@code portal.demo-data} on, the count of
 * what was stored logged, and a failure logged as a warning (the portal starts without the demo set).
 */
@ApplicationScoped
public class DemoContent {

    @Inject
    @ConfigProperty(name = "portal.demo-data", defaultValue = "false")
    boolean enabled;

    public boolean enabled() {
        return enabled;
    }

    /**
     * Runs {@code store} (which answers how many items it stored) when demo data are on.
     *
     * @param loader who loads (its logger is used)
     * @param what   the content in words for the log, e.g. "demo support measures"
     */
    public void storeOnStart(Class<?> loader, String what, IntSupplier store) {
        if (!enabled) {
            return;
        }
        Logger log = Logger.getLogger(loader.getName());
        try {
            int stored = store.getAsInt();
            if (stored > 0) {
                log.info(() -> what + " stored: " + stored);
            }
        } catch (RuntimeException e) {
            log.log(Level.WARNING, what + " were not stored", e);
        }
    }
}
