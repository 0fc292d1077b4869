package org.familyportal.directory.domain.search;

import java.util.List;

/**
 * A settlement of the gazetteer: where a parent says they are. {@code alternativeNames} are the
 * other names it is known by (older names, Latin spellings, short forms); {@code kind} is the
 * gazetteer's settlement type (city, town, village, ...). {@code nameEn} and {@code regionEn} are the
 * English names, null when the gazetteer has none.
 */
public record Place(String id, String name, List<String> alternativeNames, String kind,
                    String municipalityCode, String municipalityName, String regionCode, String region,
                    IndexedService.Point point, String nameEn, String regionEn) {

    public Place {
        alternativeNames = alternativeNames == null ? List.of() : List.copyOf(alternativeNames);
    }

    /** A place known by its Russian names only. */
    public Place(String id, String name, List<String> alternativeNames, String kind, String municipalityCode,
                 String municipalityName, String regionCode, String region, IndexedService.Point point) {
        this(id, name, alternativeNames, kind, municipalityCode, municipalityName, regionCode, region, point, null, null);
    }

    /** The settlement's name in {@code language} ("en" or "ru"), the Russian one when there is no other. */
    public String name(String language) {
        return "en".equals(language) && nameEn != null && !nameEn.isBlank() ? nameEn : name;
    }

    /** The region's name in {@code language}, the Russian one when there is no other. */
    public String region(String language) {
        return "en".equals(language) && regionEn != null && !regionEn.isBlank() ? regionEn : region;
    }
}
