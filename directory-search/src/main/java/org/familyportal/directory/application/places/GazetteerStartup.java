package org.familyportal.directory.application.places;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;

import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Loads the gazetteer shipped with the portal (every municipal district, urban okrug and known
 * settlement of the four regions) at start, once per version of the file, before the demo directory
 * and the search index read it. Production and demo alike: it is reference data.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@TransactionManagement(TransactionManagementType.BEAN)
public class GazetteerStartup {

    private static final Logger LOG = Logger.getLogger(GazetteerStartup.class.getName());

    @Inject
    GazetteerImport gazetteer;

    @PostConstruct
    void loadShippedGazetteer() {
        try {
            gazetteer.loadShippedOnce();
        } catch (SQLException | RuntimeException e) {
            LOG.log(Level.SEVERE, "The shipped gazetteer could not be loaded; the portal runs with the places it has", e);
        }
    }
}
