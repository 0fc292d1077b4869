package org.familyportal.directory.application.exchange;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Who receives directory data. The public never gets the address or coordinates of a
 * confidential location (a shelter, a crisis flat); administrators' full backups do.
 */
public enum Audience {
    PUBLIC {
        @Override
        public String filter(String table) {
            return "address".equals(table)
                    ? "NOT EXISTS (SELECT 1 FROM `location` l WHERE l.`id` = t.`location_id` AND l.`confidential`)"
                    : null;
        }

        @Override
        public Map<String, String> redact(String table, Map<String, String> row) {
            if ("location".equals(table) && "true".equals(row.get("confidential"))) {
                Map<String, String> copy = new LinkedHashMap<>(row);
                copy.put("latitude", null);
                copy.put("longitude", null);
                copy.put("transportation", null);
                return copy;
            }
            return row;
        }
    },
    FULL {
        @Override
        public String filter(String table) {
            return null;
        }

        @Override
        public Map<String, String> redact(String table, Map<String, String> row) {
            return row;
        }
    };

    /** A condition on the table's rows (alias {@code t}), or null for all rows. */
    public abstract String filter(String table);

    public abstract Map<String, String> redact(String table, Map<String, String> row);
}
