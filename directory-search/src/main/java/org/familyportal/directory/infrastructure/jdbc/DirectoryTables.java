package org.familyportal.directory.infrastructure.jdbc;

import org.familyportal.directory.domain.hsds.HsdsField;
import org.familyportal.directory.domain.hsds.HsdsTable;
import org.familyportal.directory.domain.hsds.RowCheck;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Time;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Reads and writes the HSDS tables with plain JDBC, field by field as the standard (and the
 * portal's extensions) define them. Values travel as HSDS text: what a CSV cell or a JSON string
 * holds, blank meaning absent.
 */
public final class DirectoryTables {

    private static final int BATCH = 500;
    /** Datetimes are stored in UTC and written as RFC 3339. */
    private static final DateTimeFormatter DATETIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private DirectoryTables() {
    }

    /** Which of {@code ids} exist in {@code table}. */
    public static Set<String> existingIds(Connection connection, String table, Collection<String> ids) throws SQLException {
        Set<String> found = new HashSet<>();
        List<String> all = new ArrayList<>(ids);
        for (int from = 0; from < all.size(); from += BATCH) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + BATCH));
            String marks = chunk.stream().map(id -> "?").collect(Collectors.joining(","));
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT `id` FROM `" + table + "` WHERE `id` IN (" + marks + ")")) {
                for (int i = 0; i < chunk.size(); i++) {
                    query.setString(i + 1, chunk.get(i));
                }
                try (ResultSet rs = query.executeQuery()) {
                    while (rs.next()) {
                        found.add(rs.getString(1));
                    }
                }
            }
        }
        return found;
    }

    /**
     * Inserts the rows, or updates the existing rows with the same id: importing the same data twice
     * changes nothing. Columns a row does not carry are left as they are on update.
     */
    public static void upsert(Connection connection, HsdsTable table, List<Map<String, String>> rows) throws SQLException {
        Map<List<String>, List<Map<String, String>>> byColumns = new LinkedHashMap<>();
        for (Map<String, String> row : rows) {
            List<String> columns = table.fieldsWithExtensions().stream().map(HsdsField::name)
                    .filter(row::containsKey).toList();
            byColumns.computeIfAbsent(columns, c -> new ArrayList<>()).add(row);
        }
        for (Map.Entry<List<String>, List<Map<String, String>>> group : byColumns.entrySet()) {
            List<String> columns = group.getKey();
            Map<String, HsdsField> fields = new LinkedHashMap<>();
            table.fieldsWithExtensions().forEach(f -> fields.put(f.name(), f));
            String sql = "INSERT INTO `" + table.name() + "` ("
                    + columns.stream().map(c -> "`" + c + "`").collect(Collectors.joining(","))
                    + ") VALUES (" + columns.stream().map(c -> "?").collect(Collectors.joining(","))
                    + ") ON DUPLICATE KEY UPDATE "
                    + versionMove(table, columns)
                    + columns.stream().filter(c -> !c.equals("id"))
                        .map(c -> "`" + c + "`=VALUES(`" + c + "`)").collect(Collectors.joining(","));
            if (columns.size() == 1) {
                sql = "INSERT IGNORE INTO `" + table.name() + "` (`id`) VALUES (?)";
            }
            try (PreparedStatement insert = connection.prepareStatement(sql)) {
                int pending = 0;
                for (Map<String, String> row : group.getValue()) {
                    for (int i = 0; i < columns.size(); i++) {
                        bind(insert, i + 1, fields.get(columns.get(i)), row.get(columns.get(i)));
                    }
                    insert.addBatch();
                    if (++pending == BATCH) {
                        insert.executeBatch();
                        pending = 0;
                    }
                }
                if (pending > 0) {
                    insert.executeBatch();
                }
            }
        }
    }

    /** Tables whose rows moderators also edit: they carry a version (JPA {@code @Version}). */
    private static final Set<String> VERSIONED = Set.of("service", "organization");

    /**
     * For a versioned table, moves the version of a row the import really changes (assigned first,
     * so it compares the old values), which makes a moderator's save from before the import fail
     * instead of silently undoing it. Importing the same data again moves nothing.
     */
    private static String versionMove(HsdsTable table, List<String> columns) {
        if (!VERSIONED.contains(table.name())) {
            return "";
        }
        String same = columns.stream().filter(c -> !c.equals("id")).map(c -> "`" + c + "` <=> VALUES(`" + c + "`)")
                .collect(Collectors.joining(" AND "));
        return "`lock_version` = `lock_version` + IF(" + same + ", 0, 1),";
    }

    /**
     * The rows of {@code table} (alias {@code t}) matching {@code whereAndOrder}, e.g.
     * {@code "t.`service_id` = ? ORDER BY t.`id`"}, as HSDS text.
     */
    public static List<Map<String, String>> select(Connection connection, HsdsTable table, String whereAndOrder,
                                                   List<Object> params) throws SQLException {
        List<HsdsField> fields = table.fieldsWithExtensions();
        String sql = "SELECT " + fields.stream().map(f -> "t.`" + f.name() + "`").collect(Collectors.joining(","))
                + " FROM `" + table.name() + "` t WHERE " + whereAndOrder;
        List<Map<String, String>> rows = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            for (int i = 0; i < params.size(); i++) {
                query.setObject(i + 1, params.get(i));
            }
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    rows.add(rowOf(rs, fields));
                }
            }
        }
        return rows;
    }

    /** Every row of {@code table} in id order, as HSDS text, to {@code sink}. */
    public static void readAll(Connection connection, HsdsTable table, String where,
                               Consumer<Map<String, String>> sink) throws SQLException {
        List<HsdsField> fields = table.fieldsWithExtensions();
        String sql = "SELECT " + fields.stream().map(f -> "t.`" + f.name() + "`").collect(Collectors.joining(","))
                + " FROM `" + table.name() + "` t" + (where == null ? "" : " WHERE " + where) + " ORDER BY t.`id`";
        try (PreparedStatement query = connection.prepareStatement(sql);
             ResultSet rs = query.executeQuery()) {
            while (rs.next()) {
                sink.accept(rowOf(rs, fields));
            }
        }
    }

    private static Map<String, String> rowOf(ResultSet rs, List<HsdsField> fields) throws SQLException {
        Map<String, String> row = new LinkedHashMap<>();
        for (int i = 0; i < fields.size(); i++) {
            row.put(fields.get(i).name(), text(rs, i + 1, fields.get(i)));
        }
        return row;
    }

    private static void bind(PreparedStatement statement, int index, HsdsField field, String value) throws SQLException {
        if (value == null || value.isBlank()) {
            if ("boolean".equals(field.type())) {
                statement.setBoolean(index, false);
            } else {
                statement.setNull(index, Types.NULL);
            }
            return;
        }
        String v = value.strip();
        switch (field.type()) {
            case "number" -> statement.setBigDecimal(index, new BigDecimal(v));
            case "date" -> statement.setDate(index, Date.valueOf(LocalDate.parse(v)));
            case "datetime" -> statement.setTimestamp(index, Timestamp.valueOf(RowCheck.parseDateTime(v)));
            case "time" -> statement.setTime(index, Time.valueOf(LocalTime.parse(v)));
            case "boolean" -> statement.setBoolean(index, Boolean.parseBoolean(v));
            default -> statement.setString(index, field.isUuid() ? v.toLowerCase() : value);
        }
    }

    private static String text(ResultSet rs, int index, HsdsField field) throws SQLException {
        switch (field.type()) {
            case "number" -> {
                BigDecimal number = rs.getBigDecimal(index);
                return number == null ? null : number.stripTrailingZeros().toPlainString();
            }
            case "date" -> {
                Date date = rs.getDate(index);
                return date == null ? null : date.toLocalDate().toString();
            }
            case "datetime" -> {
                Timestamp time = rs.getTimestamp(index);
                return time == null ? null : time.toLocalDateTime().format(DATETIME);
            }
            case "time" -> {
                Time time = rs.getTime(index);
                return time == null ? null : time.toLocalTime().format(TIME);
            }
            case "boolean" -> {
                return Boolean.toString(rs.getBoolean(index));
            }
            default -> {
                return rs.getString(index);
            }
        }
    }
}
