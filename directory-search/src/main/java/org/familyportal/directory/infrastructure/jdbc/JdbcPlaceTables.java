package org.familyportal.directory.infrastructure.jdbc;

import org.familyportal.directory.domain.places.CentreRouting;
import org.familyportal.directory.domain.places.GazetteerRow;
import org.familyportal.directory.domain.places.PlaceTables;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** {@link PlaceTables} in plain JDBC, one connection per transaction, writes batched. */
public final class JdbcPlaceTables implements PlaceTables {

    private final DataSource dataSource;

    public JdbcPlaceTables(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public boolean loaded(String mark) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement q = c.prepareStatement("SELECT 1 FROM data_load WHERE name = ?")) {
            q.setString(1, mark);
            try (ResultSet rs = q.executeQuery()) {
                return rs.next();
            }
        }
    }

    @Override
    public <T> T inOneTransaction(Work<T> work) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                T result = work.run(new Tables(c));
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        }
    }

    private record Tables(Connection c) implements Transaction {

        @Override
        public Set<String> regionCodes() throws SQLException {
            return codes("SELECT code FROM region");
        }

        @Override
        public Set<String> municipalityCodes() throws SQLException {
            return codes("SELECT code FROM municipality");
        }

        @Override
        public Set<String> settlementIds() throws SQLException {
            return codes("SELECT id FROM settlement");
        }

        @Override
        public int writeMunicipalities(Collection<GazetteerRow> rows, Map<String, GazetteerRow> centres,
                                       Set<String> existing) throws SQLException {
            int created = 0;
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO municipality (code, region_code, name_ru,"
                    + " name_en, kind, latitude, longitude, alternative_names) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
                 PreparedStatement update = c.prepareStatement("UPDATE municipality SET region_code = ?, name_ru = ?,"
                         + " name_en = ?, kind = ?, alternative_names = ?, latitude = COALESCE(?, latitude),"
                         + " longitude = COALESCE(?, longitude) WHERE code = ?")) {
                for (GazetteerRow row : rows) {
                    GazetteerRow centre = centres.get(row.municipalityCode());
                    String names = String.join(";", row.municipalityAlternativeNames());
                    if (existing.contains(row.municipalityCode())) {
                        update.setString(1, row.regionCode());
                        update.setString(2, row.municipalityNameRu());
                        update.setString(3, row.municipalityNameEn());
                        update.setString(4, row.municipalityKind());
                        update.setString(5, names.isEmpty() ? null : names);
                        update.setObject(6, centre == null ? null : centre.latitude());
                        update.setObject(7, centre == null ? null : centre.longitude());
                        update.setString(8, row.municipalityCode());
                        update.addBatch();
                    } else {
                        insert.setString(1, row.municipalityCode());
                        insert.setString(2, row.regionCode());
                        insert.setString(3, row.municipalityNameRu());
                        insert.setString(4, row.municipalityNameEn());
                        insert.setString(5, row.municipalityKind());
                        insert.setDouble(6, centre.latitude());
                        insert.setDouble(7, centre.longitude());
                        insert.setString(8, names.isEmpty() ? null : names);
                        insert.addBatch();
                        created++;
                    }
                }
                insert.executeBatch();
                update.executeBatch();
            }
            return created;
        }

        @Override
        public void writeSettlements(List<GazetteerRow> rows) throws SQLException {
            try (PreparedStatement upsert = c.prepareStatement("INSERT INTO settlement (id, municipality_code, name_ru,"
                    + " name_en, kind, latitude, longitude, alternative_names, postal_codes, centre)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE municipality_code = VALUES(municipality_code),"
                    + " name_ru = VALUES(name_ru), name_en = VALUES(name_en), kind = VALUES(kind), latitude = VALUES(latitude),"
                    + " longitude = VALUES(longitude), alternative_names = VALUES(alternative_names),"
                    + " postal_codes = VALUES(postal_codes), centre = VALUES(centre)")) {
                for (GazetteerRow row : rows) {
                    if (row.municipalityOnly()) {
                        continue;
                    }
                    String names = String.join(";", row.alternativeNames());
                    String postal = String.join(",", row.postalCodes());
                    upsert.setString(1, row.settlementId());
                    upsert.setString(2, row.municipalityCode());
                    upsert.setString(3, row.settlementNameRu());
                    upsert.setString(4, row.settlementNameEn());
                    upsert.setString(5, row.settlementType());
                    upsert.setDouble(6, row.latitude());
                    upsert.setDouble(7, row.longitude());
                    upsert.setString(8, names.isEmpty() ? null : names);
                    upsert.setString(9, postal.isEmpty() ? null : postal);
                    upsert.setString(10, row.centre() == GazetteerRow.Centre.NONE ? null
                            : row.centre().name().toLowerCase(Locale.ROOT));
                    upsert.addBatch();
                }
                upsert.executeBatch();
            }
        }

        @Override
        public List<CentreRouting.Served> municipalities() throws SQLException {
            List<CentreRouting.Served> all = new ArrayList<>();
            try (PreparedStatement q = c.prepareStatement("SELECT code, region_code, latitude, longitude,"
                    + " resource_centre_organization_id FROM municipality"); ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    all.add(new CentreRouting.Served(rs.getString(1), rs.getString(2), rs.getDouble(3), rs.getDouble(4),
                            rs.getString(5)));
                }
            }
            return all;
        }

        @Override
        public void linkCentres(Map<String, String> centres) throws SQLException {
            try (PreparedStatement link = c.prepareStatement(
                    "UPDATE municipality SET resource_centre_organization_id = ? WHERE code = ?")) {
                for (Map.Entry<String, String> centre : centres.entrySet()) {
                    link.setString(1, centre.getValue());
                    link.setString(2, centre.getKey());
                    link.addBatch();
                }
                link.executeBatch();
            }
        }

        @Override
        public void markLoaded(String mark) throws SQLException {
            try (PreparedStatement q = c.prepareStatement("INSERT INTO data_load (name, loaded_at) VALUES (?, ?)"
                    + " ON DUPLICATE KEY UPDATE loaded_at = VALUES(loaded_at)")) {
                q.setString(1, mark);
                q.setTimestamp(2, Timestamp.from(Instant.now()));
                q.executeUpdate();
            }
        }

        @Override
        public List<MunicipalityCentre> municipalityCentres() throws SQLException {
            List<MunicipalityCentre> places = new ArrayList<>();
            try (PreparedStatement q = c.prepareStatement("SELECT m.code, m.region_code, r.name_ru, m.name_ru, s.name_ru,"
                    + " m.kind, m.latitude, m.longitude, r.time_zone FROM municipality m"
                    + " JOIN region r ON r.code = m.region_code"
                    + " JOIN settlement s ON s.id = CONCAT(m.code, '/centre') ORDER BY m.region_code, m.code");
                 ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    places.add(new MunicipalityCentre(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), rs.getDouble(7), rs.getDouble(8), rs.getString(9)));
                }
            }
            return places;
        }

        private Set<String> codes(String sql) throws SQLException {
            Set<String> codes = new HashSet<>();
            try (PreparedStatement q = c.prepareStatement(sql); ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    codes.add(rs.getString(1));
                }
            }
            return codes;
        }
    }
}
