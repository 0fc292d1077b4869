package org.familyportal.directory.infrastructure.jdbc;

import org.familyportal.directory.domain.hsds.HsdsModel;
import org.familyportal.directory.domain.hsds.HsdsRows;
import org.familyportal.directory.domain.hsds.HsdsTable;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The JDBC gateway of the generic HSDS tables: read set by set (a filtered page, or every row
 * belonging to a list of parents in one {@code IN} query, in chunks of {@value #CHUNK} values),
 * read whole for exports, written by id for imports. Built on {@link DirectoryTables}.
 */
public final class JdbcHsdsRows implements HsdsRows {

    static final int CHUNK = 1000;

    private final HsdsModel model;
    private final DataSource dataSource;

    public JdbcHsdsRows(HsdsModel model, DataSource dataSource) {
        this.model = model;
        this.dataSource = dataSource;
    }

    public JdbcHsdsRows(DataSource dataSource) {
        this(HsdsModel.standard(), dataSource);
    }

    @Override
    public Reading open() throws SQLException {
        return new JdbcReading(dataSource.getConnection());
    }

    @Override
    public void upsert(String table, List<Map<String, String>> rows) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                DirectoryTables.upsert(connection, table(table), rows);
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        }
    }

    private final class JdbcReading implements Reading {

        private final Connection connection;

        JdbcReading(Connection connection) {
            this.connection = connection;
        }

        @Override
        public long count(String table, Filter filter) throws SQLException {
            List<Object> params = new ArrayList<>();
            String where = where(table, filter, params);
            try (PreparedStatement q = connection.prepareStatement("SELECT COUNT(*) FROM `" + table(table).name()
                    + "` t WHERE " + where)) {
                for (int i = 0; i < params.size(); i++) {
                    q.setObject(i + 1, params.get(i));
                }
                try (ResultSet rs = q.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        }

        /**
         * Ids first: the page's ids are found on the primary key alone (a deep {@code OFFSET} then
         * skips ids, not whole rows with their long texts), then only those rows are read.
         */
        @Override
        public List<Map<String, String>> page(String table, Filter filter, long offset, int limit) throws SQLException {
            List<Object> params = new ArrayList<>();
            String where = where(table, filter, params);
            params.add(limit);
            params.add(offset);
            List<String> ids = new ArrayList<>();
            try (PreparedStatement q = connection.prepareStatement("SELECT t.`id` FROM `" + table(table).name()
                    + "` t WHERE " + where + " ORDER BY t.`id` LIMIT ? OFFSET ?")) {
                for (int i = 0; i < params.size(); i++) {
                    q.setObject(i + 1, params.get(i));
                }
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getString(1));
                    }
                }
            }
            return ids.isEmpty() ? List.of() : whereIn(table, "id", ids);
        }

        @Override
        public Set<String> existingIds(String table, Collection<String> ids) throws SQLException {
            return DirectoryTables.existingIds(connection, table(table).name(), ids);
        }

        @Override
        public void readAll(String table, boolean withholdConfidential, Consumer<Map<String, String>> sink)
                throws SQLException {
            String where = withholdConfidential && "address".equals(table)
                    ? "NOT EXISTS (SELECT 1 FROM `location` l WHERE l.`id` = t.`location_id` AND l.`confidential`)"
                    : null;
            DirectoryTables.readAll(connection, table(table), where, sink);
        }

        @Override
        public List<Map<String, String>> whereIn(String table, String field, Collection<String> values) throws SQLException {
            HsdsTable hsds = table(table);
            if (hsds.fieldsWithExtensions().stream().noneMatch(f -> f.name().equals(field))) {
                throw new IllegalArgumentException(table + " has no field " + field);
            }
            List<String> distinct = new ArrayList<>(new LinkedHashSet<>(values));
            distinct.removeIf(v -> v == null);
            List<Map<String, String>> rows = new ArrayList<>();
            for (int from = 0; from < distinct.size(); from += CHUNK) {
                List<String> chunk = distinct.subList(from, Math.min(distinct.size(), from + CHUNK));
                String marks = chunk.stream().map(v -> "?").collect(Collectors.joining(","));
                rows.addAll(DirectoryTables.select(connection, hsds, "t.`" + field + "` IN (" + marks + ") ORDER BY t.`id`",
                        new ArrayList<>(chunk)));
            }
            if (distinct.size() > CHUNK) {
                // Ids are lower-case UUIDs: their order in Java is the database's.
                rows.sort(Comparator.comparing(r -> r.get("id")));
            }
            return rows;
        }

        @Override
        public void close() throws SQLException {
            connection.close();
        }
    }

    private HsdsTable table(String name) {
        return model.table(name);
    }

    /** The filter as a condition on {@code table} (alias {@code t}); its values go to {@code params}. */
    private static String where(String table, Filter filter, List<Object> params) {
        StringBuilder where = new StringBuilder("1=1");
        switch (table) {
            case "service" -> {
                if (filter.taxonomyTermId() != null) {
                    where.append(" AND EXISTS (SELECT 1 FROM `attribute` a WHERE a.`link_id` = t.`id` AND a.`taxonomy_term_id` = ?)");
                    params.add(filter.taxonomyTermId());
                }
                if (filter.organizationId() != null) {
                    where.append(" AND t.`organization_id` = ?");
                    params.add(filter.organizationId());
                }
                if (filter.modifiedAfter() != null) {
                    where.append(" AND t.`last_modified` > ?");
                    params.add(Timestamp.valueOf(filter.modifiedAfter()));
                }
                unsupported(table, filter.postcode(), filter.taxonomyId());
            }
            case "service_at_location" -> {
                if (filter.postcode() != null) {
                    where.append(" AND EXISTS (SELECT 1 FROM `location` l JOIN `address` ad ON ad.`location_id` = l.`id`"
                            + " WHERE l.`id` = t.`location_id` AND NOT l.`confidential`"
                            + " AND TRIM(ad.`postal_code`) COLLATE utf8mb4_bin = ?)");
                    params.add(filter.postcode().strip());
                }
                if (filter.taxonomyTermId() != null) {
                    where.append(" AND EXISTS (SELECT 1 FROM `attribute` a WHERE a.`link_id` = t.`service_id` AND a.`taxonomy_term_id` = ?)");
                    params.add(filter.taxonomyTermId());
                }
                if (filter.organizationId() != null) {
                    where.append(" AND EXISTS (SELECT 1 FROM `service` s WHERE s.`id` = t.`service_id` AND s.`organization_id` = ?)");
                    params.add(filter.organizationId());
                }
                unsupported(table, filter.modifiedAfter(), filter.taxonomyId());
            }
            case "taxonomy_term" -> {
                if (filter.taxonomyId() != null) {
                    where.append(" AND t.`taxonomy_id` = ?");
                    params.add(filter.taxonomyId());
                }
                unsupported(table, filter.taxonomyTermId(), filter.organizationId(), filter.modifiedAfter(), filter.postcode());
            }
            default -> unsupported(table, filter.taxonomyTermId(), filter.organizationId(), filter.modifiedAfter(),
                    filter.postcode(), filter.taxonomyId());
        }
        return where.toString();
    }

    private static void unsupported(String table, Object... values) {
        for (Object value : values) {
            if (value != null) {
                throw new IllegalArgumentException("no such filter on " + table + ": " + value);
            }
        }
    }
}
