package org.familyportal.portal.infrastructure.directory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.familyportal.portal.infrastructure.protection.SealedColumns;
import org.familyportal.portal.infrastructure.protection.SealedText;

import java.util.List;

/**
 * The reporter's message and contact in "report wrong information" (directory-search's
 * {@code ListingReport}) are personal data, encrypted like a help request's: the directory knows
 * nothing of the portal's protection, so the WAR that hosts it adds the converters (applied in
 * {@code META-INF/orm.xml}) and declares the columns to the key rotation. Reports were stored in
 * plain text before; those read as they are until the rotation seals them.
 */
@ApplicationScoped
public class ListingReportSealedColumns implements SealedColumns {

    private static final List<Column> COLUMNS = List.of(
            new Column("listing_report", "id", "message", true),
            new Column("listing_report", "id", "contact", true));

    @Override
    public List<Column> columns() {
        return COLUMNS;
    }

    @Converter
    public static class Message extends SealedText implements AttributeConverter<String, String> {
        public Message() { super("listing_report", "message", true); }
    }

    @Converter
    public static class Contact extends SealedText implements AttributeConverter<String, String> {
        public Contact() { super("listing_report", "contact", true); }
    }
}
