package org.familyportal.directory.application.exchange;

import java.util.Map;

/** One row to import, with where it came from (a CSV line, or a position in a JSON document). */
public record SourceRow(String position, Map<String, String> values) {

    public SourceRow {
        values = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(values));
    }

    public String id() {
        return values.get("id");
    }
}
