package org.familyportal.portal.infrastructure.protection;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Maps a personal-data attribute to its encrypted column: the entity holds plain text, the table
 * only {@link DataProtection#seal sealed} text. Apply with {@code @Convert(converter = SealedText.class)}.
 */
@Converter
public class SealedText implements AttributeConverter<String, String> {

    private volatile DataProtection protection;

    @Override
    public String convertToDatabaseColumn(String plain) {
        return plain == null ? null : protection().seal(plain);
    }

    @Override
    public String convertToEntityAttribute(String sealed) {
        return sealed == null ? null : protection().open(sealed);
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
