package org.familyportal.directory.domain.places;

import java.util.List;

/**
 * One line of a gazetteer file: a settlement with its municipality, or (without a settlement id)
 * only a municipality whose administrative centre lies in a neighbouring urban okrug.
 *
 * @param position where the line is, as a spreadsheet shows it ("line 7")
 * @param centre   whether the settlement is the administrative centre of its municipality, of an
 *                 urban or rural settlement (поселение), or neither
 */
public record GazetteerRow(String position, String regionCode, String municipalityCode, String municipalityNameRu,
                           String municipalityNameEn, String municipalityKind, List<String> municipalityAlternativeNames,
                           String settlementId, String settlementNameRu, String settlementNameEn,
                           List<String> alternativeNames, String settlementType, Centre centre, double latitude,
                           double longitude, List<String> postalCodes) {

    /** What a settlement is the administrative centre of. */
    public enum Centre {
        MUNICIPALITY, SETTLEMENT, NONE
    }

    public GazetteerRow {
        municipalityAlternativeNames = List.copyOf(municipalityAlternativeNames);
        alternativeNames = List.copyOf(alternativeNames);
        postalCodes = List.copyOf(postalCodes);
    }

    /** A line that names only its municipality (its centre is elsewhere). */
    public boolean municipalityOnly() {
        return settlementId == null;
    }
}
