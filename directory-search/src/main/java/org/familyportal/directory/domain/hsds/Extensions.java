package org.familyportal.directory.domain.hsds;

import java.util.List;
import java.util.Map;

/**
 * The portal's own columns beside the HSDS ones. They travel as extra CSV columns after the
 * standard ones (HSDS consumers ignore columns they do not know), so a full export re-imports
 * to the same directory.
 */
public final class Extensions {

    private static final Map<String, List<HsdsField>> FIELDS = Map.of(
            "organization", List.of(bool("demo")),
            "service", List.of(text("accepting")),
            "location", List.of(bool("confidential"), text("municipality_code")),
            "service_area", List.of(text("municipality_code")),
            "schedule", List.of(bool("closed")));

    private Extensions() {
    }

    public static List<HsdsField> of(String table) {
        return FIELDS.getOrDefault(table, List.of());
    }

    private static HsdsField bool(String name) {
        return new HsdsField(name, "boolean", null, false, List.of("true", "false"));
    }

    private static HsdsField text(String name) {
        return new HsdsField(name, "string", null, false, List.of());
    }
}
