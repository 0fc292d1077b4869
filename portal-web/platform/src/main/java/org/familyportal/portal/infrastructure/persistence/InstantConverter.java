package org.familyportal.portal.infrastructure.persistence;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Stores {@link Instant} in DATETIME(3) columns as UTC wall-clock time, whatever the JVM's default
 * zone (the launcher does not set one; a server in Irkutsk runs in UTC+8). EclipseLink 4 (JPA 3.1)
 * has no mapping of its own for Instant and would serialise it into the column; a
 * {@code java.sql.Timestamp} would be written in the JVM's zone.
 */
@Converter(autoApply = true)
public class InstantConverter implements AttributeConverter<Instant, LocalDateTime> {

    @Override
    public LocalDateTime convertToDatabaseColumn(Instant instant) {
        return utc(instant);
    }

    /** The column value of {@code instant}, for native queries too (never {@code Timestamp.from}). */
    public static LocalDateTime utc(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    @Override
    public Instant convertToEntityAttribute(LocalDateTime utc) {
        return utc == null ? null : utc.toInstant(ZoneOffset.UTC);
    }

    /**
     * The instant of a DATETIME column value as a native query or JDBC returns it: a
     * {@link LocalDateTime}, or a {@code java.sql.Timestamp} whose wall-clock fields (not its
     * JVM-zone instant) are the UTC time stored.
     */
    public static Instant instant(Object column) {
        if (column instanceof LocalDateTime utc) {
            return utc.toInstant(ZoneOffset.UTC);
        }
        if (column instanceof java.sql.Timestamp stamp) {
            return stamp.toLocalDateTime().toInstant(ZoneOffset.UTC);
        }
        if (column instanceof Instant instant) {
            return instant;
        }
        return null;
    }
}
