package org.familyportal.content.domain.screener;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The screener's rule for one support measure (known by its code, as the measures catalogue knows it):
 * its condition, how its amount is estimated (or {@code null}), what to do next (channels), its source,
 * and an editor's note (where the rule approximates the law, and how).
 */
public record Rule(String code, String titleRu, String titleEn, Condition condition, Amount amount,
                   List<Channel> channels, String source, String sourceUrl, LocalDate effectiveFrom, String note) {

    public static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{1,63}");

    /** Where and how a family applies. */
    public enum Channel { GOSUSLUGI, SFR, MFC, SOCIAL_PROTECTION, TAX_SERVICE, EMPLOYER, BANK, GUARDIANSHIP_AUTHORITY, AUTOMATIC }

    public Rule {
        Objects.requireNonNull(code, "code");
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("a measure's code is lower-case letters, digits and dashes: " + code);
        }
        Objects.requireNonNull(condition, "condition");
        Objects.requireNonNull(titleRu, "titleRu");
        titleEn = titleEn == null ? titleRu : titleEn;
        channels = channels == null ? List.of() : List.copyOf(channels);
        if (source == null || source.isBlank()) {
            throw new IllegalArgumentException(code + ": a rule names its source");
        }
    }

    public String title(String language) {
        return "en".equals(language) ? titleEn : titleRu;
    }
}
