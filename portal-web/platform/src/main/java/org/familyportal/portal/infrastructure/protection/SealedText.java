package org.familyportal.portal.infrastructure.protection;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.persistence.AttributeConverter;

import java.util.logging.Logger;

/**
 * Maps a personal-data attribute to its encrypted column: the entity holds plain text, the table
 * only {@link DataProtection#seal sealed} text bound to that column. Each column has its own
 * subclass, beside the {@link SealedColumns} of its context (a converter does not know which
 * attribute it converts), applied in the context's mapping file. Each subclass names
 * {@code AttributeConverter<String, String>} again: EclipseLink reads the types from the converter
 * class itself, not from its superclass.
 * <p>
 * A value that cannot be opened (the data key is not the one it was sealed with) reads as the
 * localized "cannot decrypt" text instead of failing the whole page, and is never written back.
 */
public abstract class SealedText implements AttributeConverter<String, String> {

    private static final Logger LOG = Logger.getLogger(SealedText.class.getName());
    private static final long WARN_EVERY_NANOS = 60_000_000_000L;
    private static volatile long lastWarned = System.nanoTime() - WARN_EVERY_NANOS - 1;

    private final String place;
    private final boolean plainAllowed;
    private volatile DataProtection protection;

    /**
     * @param plainAllowed whether the column may still hold plain text written before it was encrypted
     *                     (read as it is until {@link KeyRotation} seals it)
     */
    protected SealedText(String table, String column, boolean plainAllowed) {
        this.place = table + "." + column;
        this.plainAllowed = plainAllowed;
    }

    public String place() {
        return place;
    }

    @Override
    public String convertToDatabaseColumn(String plain) {
        if (plain == null) {
            return null;
        }
        if (UnreadableLabel.isLabel(plain)) {
            throw new UnreadableValueException("A value that could not be decrypted is not written back to " + place);
        }
        return protection().seal(plain, place);
    }

    @Override
    public String convertToEntityAttribute(String sealed) {
        if (sealed == null) {
            return null;
        }
        if (plainAllowed && !DataProtection.isSealed(sealed)) {
            return sealed;
        }
        try {
            return protection().open(sealed, place);
        } catch (UnreadableValueException e) {
            long now = System.nanoTime();
            if (now - lastWarned > WARN_EVERY_NANOS) {
                // Once a minute is enough to be noticed; a page of such values must not flood the log.
                lastWarned = now;
                LOG.warning(() -> "Cannot decrypt a value of " + place + ": " + e.getMessage());
            }
            return UnreadableLabel.text();
        }
    }

    private DataProtection protection() {
        DataProtection current = protection;
        if (current == null) {
            // EclipseLink creates converters itself; the key lives in the CDI container.
            current = CDI.current().select(DataProtectionSettings.class).get().protection();
            protection = current;
        }
        return current;
    }
}
