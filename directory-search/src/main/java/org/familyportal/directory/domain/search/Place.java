package org.familyportal.directory.domain.search;

/** A settlement of the gazetteer: where a parent says they are. */
public record Place(String id, String name, String municipalityCode, String municipalityName, String region,
                    IndexedService.Point point) {
}
