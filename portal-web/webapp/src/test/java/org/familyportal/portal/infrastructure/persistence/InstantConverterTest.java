package org.familyportal.portal.infrastructure.persistence;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.TimeZone;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The columns hold UTC whatever zone the JVM runs in (the launcher sets none). */
class InstantConverterTest {

    private final TimeZone before = TimeZone.getDefault();

    @BeforeEach
    void runInIrkutsk() {
        TimeZone.setDefault(TimeZone.getTimeZone("Asia/Irkutsk"));
    }

    @AfterEach
    void restore() {
        TimeZone.setDefault(before);
    }

    @Test
    void theColumnHoldsUtcWallClockTimeInAJvmOfAnotherZone() {
        InstantConverter converter = new InstantConverter();
        Instant moment = Instant.parse("2026-12-01T06:05:00.250Z");
        Object column = converter.convertToDatabaseColumn(moment);
        // What the driver writes into a DATETIME column: the value's wall-clock time.
        LocalDateTime written = column instanceof Timestamp t ? t.toLocalDateTime() : (LocalDateTime) column;
        assertEquals(LocalDateTime.parse("2026-12-01T06:05:00.250"), written);
        assertEquals(moment, converter.convertToEntityAttribute(LocalDateTime.parse("2026-12-01T06:05:00.250")));
        assertEquals(null, converter.convertToDatabaseColumn(null));
    }

    @Test
    void aColumnReadByANativeQueryIsUtcInAJvmOfAnotherZone() {
        Instant moment = Instant.parse("2026-12-01T06:05:00.250Z");
        // The driver gives native queries a Timestamp built from the column's wall-clock time in the JVM's zone.
        Timestamp fromDriver = Timestamp.valueOf(LocalDateTime.parse("2026-12-01T06:05:00.250"));
        assertEquals(moment, InstantConverter.instant(fromDriver));
        assertEquals(moment, InstantConverter.instant(LocalDateTime.parse("2026-12-01T06:05:00.250")));
        assertEquals(null, InstantConverter.instant(null));
        // What Timestamp.from(instant) would have written: the Irkutsk wall clock, eight hours off.
        assertEquals(LocalDateTime.parse("2026-12-01T14:05:00.250"), Timestamp.from(moment).toLocalDateTime());
        assertEquals(LocalDateTime.parse("2026-12-01T06:05:00.250"), InstantConverter.utc(moment));
    }
}
