package org.familyportal.directory.application.demo;

import org.familyportal.directory.application.exchange.DirectoryImport;
import org.familyportal.directory.application.exchange.ImportReport;
import org.familyportal.directory.application.places.GazetteerImport;
import org.familyportal.directory.domain.places.PlaceTables;

import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.logging.Logger;

/**
 * Loads the demo directory once: the first start with demo data switched on fills the directory
 * through the regular HSDS import (so demo data passes the same checks as any import) and links
 * every municipality to its demo family resource centre; later starts see the mark and skip it.
 * The demo covers the {@link DemoDirectory#MUNICIPALITIES} of the first gazetteer only (so demo
 * tests and benchmark comparisons keep their meaning when the full gazetteer is loaded); every
 * other municipality gets the demo centre of the nearest one in its region, and no services.
 */
public final class DemoDataLoad {

    public static final String MARK = "demo-directory-v1";
    private static final long SEED = 20261122L;
    private static final Logger LOG = Logger.getLogger(DemoDataLoad.class.getName());

    private final DirectoryImport importer;
    private final PlaceTables tables;

    /** Through the regular HSDS import, and the gazetteer's tables' gateway for the centres and the mark. */
    public DemoDataLoad(DirectoryImport importer, PlaceTables tables) {
        this.importer = importer;
        this.tables = tables;
    }

    /** @return true when the demo directory was loaded now, false when it was there already */
    public boolean loadOnce() throws SQLException {
        if (tables.loaded(MARK)) {
            return false;
        }
        DemoDirectory demo = new DemoDirectory(SEED);
        ImportReport report = importer.run(demo.generate(places()));
        if (!report.clean() || report.warnings() > 0) {
            throw new IllegalStateException("The demo directory does not import cleanly:\n" + report.describe());
        }
        tables.inOneTransaction(t -> {
            t.linkCentres(demo.resourceCentres());
            GazetteerImport.routeToNearestCentre(t, t.municipalityCodes().stream()
                    .filter(code -> !DemoDirectory.MUNICIPALITIES.contains(code)).sorted().toList());
            t.markLoaded(MARK);
            return null;
        });
        LOG.info(() -> "Demo directory loaded: " + demo.organizations() + " organisations, " + demo.services()
                + " services");
        return true;
    }

    private List<DemoDirectory.Place> places() throws SQLException {
        Instant now = Instant.now();
        return tables.inOneTransaction(PlaceTables.Transaction::municipalityCentres).stream()
                .filter(m -> DemoDirectory.MUNICIPALITIES.contains(m.code()))
                .map(m -> new DemoDirectory.Place(m.code(), m.regionCode(), m.regionName(), m.name(), m.centreName(),
                        m.kind(), m.latitude(), m.longitude(),
                        ZoneId.of(m.timeZone()).getRules().getOffset(now).getTotalSeconds() / 3600))
                .toList();
    }
}
