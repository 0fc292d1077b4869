package org.familyportal.directory.domain.search;

import java.util.List;

/**
 * A settlement of the gazetteer: where a parent says they are. {@code alternativeNames} are the
 * other names it is known by (older names, Latin spellings, short forms); {@code kind} is the
 * gazetteer's settlement type (city, town, village, ...).
 */
public record Place(String id, String name, List<String> alternativeNames, String kind,
                    String municipalityCode, String municipalityName, String regionCode, String region,
                    IndexedService.Point point) {

    public Place {
        alternativeNames = alternativeNames == null ? List.of() : List.copyOf(alternativeNames);
    }
}
