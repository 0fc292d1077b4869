package org.familyportal.portal.domain.centre;

import java.util.Objects;

/**
 * A municipality as the gazetteer names it ({@code municipality.code}, like {@code 25701000}): the
 * place a help request comes from, and the unit of a resource centre's area.
 */
public record MunicipalityCode(String value) {

    public static final int MAX_LENGTH = 64;

    public MunicipalityCode {
        Objects.requireNonNull(value, "municipality code");
        value = value.strip();
        if (value.isEmpty() || value.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("Not a municipality code: '" + value + "'");
        }
    }

    /** The code of what was typed or sent, or empty when it cannot be one (blank, too long). */
    public static java.util.Optional<MunicipalityCode> parse(String text) {
        if (text == null || text.isBlank() || text.strip().length() > MAX_LENGTH) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new MunicipalityCode(text));
    }

    @Override
    public String toString() {
        return value;
    }
}
