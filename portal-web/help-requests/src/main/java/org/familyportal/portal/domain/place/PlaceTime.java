package org.familyportal.portal.domain.place;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * A moment at a place: {@code instant} on the wall clock of {@code zone}, the zone of the region
 * {@code regionCode} (named {@code regionNameRu} / {@code regionNameEn} in the gazetteer). What a
 * family reads as "by 14:05 on 2 December (Irkutsk, UTC+8)".
 */
public record PlaceTime(Instant instant, ZoneId zone, String regionCode, String regionNameRu, String regionNameEn) {

    public PlaceTime {
        Objects.requireNonNull(instant, "instant");
        Objects.requireNonNull(zone, "zone");
    }

    /** The wall-clock time at the place. */
    public ZonedDateTime local() {
        return instant.atZone(zone);
    }

    /** "UTC+8", "UTC+5:30", "UTC": the place's offset at that moment (summer time included, where there is one). */
    public String offset() {
        return offset(instant, zone);
    }

    /** "UTC+8", "UTC+5:30", "UTC-3", "UTC": the offset of {@code zone} at {@code instant}. */
    public static String offset(Instant instant, ZoneId zone) {
        int seconds = zone.getRules().getOffset(instant).getTotalSeconds();
        if (seconds == 0) {
            return "UTC";
        }
        int minutes = Math.abs(seconds) / 60;
        String sign = seconds < 0 ? "-" : "+";
        return "UTC" + sign + minutes / 60 + (minutes % 60 == 0 ? "" : String.format(":%02d", minutes % 60));
    }
}
