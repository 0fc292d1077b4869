package org.familyportal.directory.application.demo;

import org.familyportal.directory.application.exchange.DirectoryImport;
import org.familyportal.directory.application.exchange.ImportReport;
import org.familyportal.directory.application.places.GazetteerImport;
import org.familyportal.directory.domain.hsds.HsdsModel;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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

    private final DataSource dataSource;

    public DemoDataLoad(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** @return true when the demo directory was loaded now, false when it was there already */
    public boolean loadOnce() throws SQLException {
        if (loaded()) {
            return false;
        }
        DemoDirectory demo = new DemoDirectory(SEED);
        ImportReport report = new DirectoryImport(HsdsModel.standard(), dataSource).run(demo.generate(places()));
        if (!report.clean() || report.warnings() > 0) {
            throw new IllegalStateException("The demo directory does not import cleanly:\n" + report.describe());
        }
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement link = c.prepareStatement(
                    "UPDATE municipality SET resource_centre_organization_id = ? WHERE code = ?");
                 PreparedStatement mark = c.prepareStatement("INSERT INTO data_load (name, loaded_at) VALUES (?, ?)")) {
                for (Map.Entry<String, String> centre : demo.resourceCentres().entrySet()) {
                    link.setString(1, centre.getValue());
                    link.setString(2, centre.getKey());
                    link.addBatch();
                }
                link.executeBatch();
                GazetteerImport.routeToNearestCentre(c, others(c));
                mark.setString(1, MARK);
                mark.setTimestamp(2, Timestamp.from(Instant.now()));
                mark.executeUpdate();
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                throw e;
            }
        }
        LOG.info(() -> "Demo directory loaded: " + demo.organizations() + " organisations, " + demo.services()
                + " services");
        return true;
    }

    private boolean loaded() throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement q = c.prepareStatement("SELECT 1 FROM data_load WHERE name = ?")) {
            q.setString(1, MARK);
            try (ResultSet rs = q.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static List<String> others(Connection c) throws SQLException {
        List<String> others = new ArrayList<>();
        try (PreparedStatement q = c.prepareStatement("SELECT code FROM municipality"); ResultSet rs = q.executeQuery()) {
            while (rs.next()) {
                if (!DemoDirectory.MUNICIPALITIES.contains(rs.getString(1))) {
                    others.add(rs.getString(1));
                }
            }
        }
        return others;
    }

    private List<DemoDirectory.Place> places() throws SQLException {
        List<DemoDirectory.Place> places = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement q = c.prepareStatement("SELECT m.code, m.region_code, r.name_ru, m.name_ru, s.name_ru,"
                     + " m.kind, m.latitude, m.longitude, r.time_zone FROM municipality m"
                     + " JOIN region r ON r.code = m.region_code"
                     + " JOIN settlement s ON s.id = CONCAT(m.code, '/centre') ORDER BY m.region_code, m.code");
             ResultSet rs = q.executeQuery()) {
            while (rs.next()) {
                if (!DemoDirectory.MUNICIPALITIES.contains(rs.getString(1))) {
                    continue;
                }
                int offset = ZoneId.of(rs.getString(9)).getRules().getOffset(Instant.now()).getTotalSeconds() / 3600;
                places.add(new DemoDirectory.Place(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getDouble(7), rs.getDouble(8), offset));
            }
        }
        return places;
    }
}
