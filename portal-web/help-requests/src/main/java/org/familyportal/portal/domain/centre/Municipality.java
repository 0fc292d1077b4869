package org.familyportal.portal.domain.centre;

import java.time.ZoneId;

/**
 * A municipality as routing sees it: its region (whose time zone the deadlines of its requests run
 * in) and the resource centre that answers for it ({@code centreId} null while none is set).
 */
public record Municipality(MunicipalityCode code, String regionCode, String nameRu, String nameEn,
                           ZoneId zone, String regionNameRu, String regionNameEn, String centreId) {

    public boolean hasCentre() {
        return centreId != null;
    }
}
