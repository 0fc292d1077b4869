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
        public boolean withholdsConfidentialPlaces() {
            return true;
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
        public boolean withholdsConfidentialPlaces() {
            return false;
        }

        @Override
        public Map<String, String> redact(String table, Map<String, String> row) {
            return row;
        }
    };

    /** Whether the rows that tell where a confidential location is (its addresses) are left out. */
    public abstract boolean withholdsConfidentialPlaces();

    public abstract Map<String, String> redact(String table, Map<String, String> row);
}
