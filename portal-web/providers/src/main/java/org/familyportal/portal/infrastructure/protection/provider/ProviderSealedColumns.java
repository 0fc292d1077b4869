package org.familyportal.portal.infrastructure.protection.provider;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.familyportal.portal.infrastructure.protection.SealedColumns;
import org.familyportal.portal.infrastructure.protection.SealedText;

import java.util.List;

/**
 * The encrypted columns of organisations' representatives: the phone a moderator calls to check a
 * claim (its converter applied in {@code META-INF/providers-orm.xml}), and the list the platform's key
 * rotation re-encrypts.
 */
@ApplicationScoped
public class ProviderSealedColumns implements SealedColumns {

    private static final List<Column> COLUMNS = List.of(
            new Column("provider_representative", "user_account_id", "phone_sealed", false));

    @Override
    public List<Column> columns() {
        return COLUMNS;
    }

    @Converter
    public static class RepresentativePhone extends SealedText implements AttributeConverter<String, String> {
        public RepresentativePhone() { super("provider_representative", "phone_sealed", false); }
    }
}
