package org.familyportal.directory.domain.hsds;

import java.util.List;

/**
 * One column of an HSDS table as the standard defines it.
 *
 * @param type     the Table Schema type: string, number, date, datetime, time
 * @param format   uuid, email, uri or null
 * @param allowed  the values an enumerated field may take (empty: any)
 */
public record HsdsField(String name, String type, String format, boolean required, List<String> allowed) {

    public HsdsField {
        allowed = List.copyOf(allowed);
    }

    public boolean isUuid() {
        return "uuid".equals(format);
    }
}
