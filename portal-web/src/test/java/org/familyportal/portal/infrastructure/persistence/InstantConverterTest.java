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
}
