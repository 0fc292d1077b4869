package org.familyportal.directory.application.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Fills an empty portal with the demo directory on its first start when {@code portal.demo-data}
 * is true (the one-command run sets it; production leaves it off).
 */
@Singleton
@Startup
@DependsOn({"DatabaseMigration", "GazetteerStartup"})
@TransactionManagement(TransactionManagementType.BEAN)
public class DemoDirectoryStartup {

    private static final Logger LOG = Logger.getLogger(DemoDirectoryStartup.class.getName());

    @Inject
    DemoDataLoad demoDirectory;

    @Inject
    org.familyportal.directory.application.draft.DemoDrafts demoDrafts;

    @Inject
    @ConfigProperty(name = "portal.demo-data", defaultValue = "false")
    boolean demoData;

    @PostConstruct
    void loadDemoDirectory() {
        if (!demoData) {
            return;
        }
        try {
            demoDirectory.loadOnce();
            demoDrafts.createOnce();
        } catch (SQLException | RuntimeException e) {
            LOG.log(Level.SEVERE, "The demo directory could not be loaded; the portal runs without it", e);
        }
    }
}
