package org.familyportal.directory.domain.hsds;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** Name-based identifiers, so reference data and demo data have the same ids everywhere. */
public final class Ids {

    private Ids() {
    }

    public static String of(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** The id of a term of the portal's taxonomies, e.g. {@code term("family-support", "legal-aid")}. */
    public static String term(String taxonomy, String code) {
        return of("term:" + taxonomy + "/" + code);
    }

    public static String taxonomy(String code) {
        return of("taxonomy:" + code);
    }
}
