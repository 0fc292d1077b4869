package org.familyportal.portal.infrastructure.protection;

import org.familyportal.portal.domain.contact.PhoneNumbers;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Re-encrypts the given {@link SealedColumns sealed columns} with the current data key: values of an
 * earlier key (listed in {@code PORTAL_DATA_KEY_PREVIOUS}), of format 1, and plain text in columns
 * that held it before they were encrypted. Phone lookup hashes are recomputed with the new key as
 * the phone numbers are. Each value is replaced only if it is still the one read (a concurrent edit
 * wins), in batches, so the portal keeps working meanwhile; running it again is harmless.
 * <p>
 * Values that no configured key opens are left as they are and counted.
 */
public final class KeyRotation {

    private static final int BATCH = 200;

    private final DataProtection protection;
    private final List<SealedColumns.Column> columns;

    /** What one run did and found. */
    public record Result(int resealed, int unreadable, int remaining) {
    }

    /** @param columns every encrypted column, as the contexts declare them ({@link SealedColumns}) */
    public KeyRotation(DataProtection protection, List<SealedColumns.Column> columns) {
        this.protection = protection;
        this.columns = List.copyOf(columns);
    }

    /** Re-encrypts what is not sealed with the current key. */
    public Result run(Connection connection) throws SQLException {
        int resealed = 0;
        int unreadable = 0;
        for (SealedColumns.Column column : columns) {
            String lastId = "";
            while (true) {
                List<String[]> rows = stale(connection, column, lastId);
                if (rows.isEmpty()) {
                    break;
                }
                for (String[] row : rows) {
                    lastId = row[0];
                    String plain;
                    try {
                        plain = column.plainAllowed() && !DataProtection.isSealed(row[1]) ? row[1]
                                : protection.open(row[1], column.place());
                    } catch (UnreadableValueException e) {
                        unreadable++;
                        continue;
                    }
                    resealed += replace(connection, column, row[0], row[1], plain);
                }
            }
        }
        return new Result(resealed, unreadable, remaining(connection));
    }

    /** How many values are not sealed with the current key (still to re-encrypt, or unreadable). */
    public int remaining(Connection connection) throws SQLException {
        int remaining = 0;
        for (SealedColumns.Column column : columns) {
            try (PreparedStatement count = connection.prepareStatement("SELECT COUNT(*) FROM " + column.table()
                    + " WHERE " + column.column() + " IS NOT NULL AND " + column.column() + " NOT LIKE ?")) {
                count.setString(1, currentPrefix());
                try (ResultSet rs = count.executeQuery()) {
                    rs.next();
                    remaining += rs.getInt(1);
                }
            }
        }
        return remaining;
    }

    /**
     * How many of a sample of stored values (the newest of each column not sealed with the current
     * key) no configured key opens: more than none means the configured key is wrong or incomplete.
     */
    public int unreadableSample(Connection connection) throws SQLException {
        int unreadable = 0;
        for (SealedColumns.Column column : columns) {
            try (PreparedStatement query = connection.prepareStatement("SELECT " + column.column() + " FROM "
                    + column.table() + " WHERE " + column.column() + " IS NOT NULL AND " + column.column()
                    + " NOT LIKE ? ORDER BY " + column.id() + " DESC LIMIT 5")) {
                query.setString(1, currentPrefix());
                try (ResultSet rs = query.executeQuery()) {
                    while (rs.next()) {
                        String value = rs.getString(1);
                        if (column.plainAllowed() && !DataProtection.isSealed(value)) {
                            continue;
                        }
                        try {
                            protection.open(value, column.place());
                        } catch (UnreadableValueException e) {
                            unreadable++;
                        }
                    }
                }
            }
        }
        return unreadable;
    }

    private String currentPrefix() {
        return "v2:" + protection.currentKeyId() + ":%";
    }

    private List<String[]> stale(Connection connection, SealedColumns.Column column, String lastId) throws SQLException {
        // Keyset paging: rows left unreadable are passed over, not read again and again.
        String after = lastId.isEmpty() ? "" : " AND " + column.id() + " > ?";
        try (PreparedStatement query = connection.prepareStatement("SELECT " + column.id() + ", " + column.column()
                + " FROM " + column.table() + " WHERE " + column.column() + " IS NOT NULL AND " + column.column()
                + " NOT LIKE ?" + after + " ORDER BY " + column.id() + " LIMIT " + BATCH)) {
            query.setString(1, currentPrefix());
            if (!lastId.isEmpty()) {
                query.setString(2, lastId);
            }
            List<String[]> rows = new ArrayList<>();
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    rows.add(new String[] {rs.getString(1), rs.getString(2)});
                }
            }
            return rows;
        }
    }

    private int replace(Connection connection, SealedColumns.Column column, String id, String old, String plain)
            throws SQLException {
        boolean phone = column.phoneIndex() != null;
        String sql = "UPDATE " + column.table() + " SET " + column.column() + " = ?"
                + (phone ? ", " + column.phoneIndex() + " = ?" : "") + " WHERE " + column.id() + " = ? AND " + column.column() + " = ?";
        try (PreparedStatement update = connection.prepareStatement(sql)) {
            int i = 1;
            update.setString(i++, protection.seal(plain, column.place()));
            if (phone) {
                update.setString(i++, protection.lookupHash(PhoneNumbers.normalize(plain)));
            }
            update.setString(i++, id);
            update.setString(i, old);
            return update.executeUpdate();
        }
    }
}
