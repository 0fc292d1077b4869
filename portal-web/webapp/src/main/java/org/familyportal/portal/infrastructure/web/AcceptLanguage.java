package org.familyportal.portal.infrastructure.web;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The one place where an {@code Accept-Language} header is read. A header that does not parse
 * ({@code en;q=abc}, {@code ru;q=2}, {@code ;;;}, {@code en-}) is simply ignored, as if the
 * client had sent none (the portal then speaks Russian); one that parses is passed on rewritten
 * in the strict form every parser downstream (Jersey, the servlet container) accepts.
 */
public final class AcceptLanguage {

    /** A language range as RFC 4647 basic ranges have it (what JAX-RS implementations accept). */
    private static final Pattern RANGE = Pattern.compile("\\*|[a-z]{1,8}(-[a-z0-9]{1,8})*");
    private static final int MAX_LENGTH = 1000;

    private AcceptLanguage() {
    }

    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");
    private static final Locale ENGLISH = Locale.ENGLISH;

    /** The portal's language the header asks for: English when it prefers English to Russian, else Russian. */
    public static Locale preferred(String header) {
        return normalized(header).map(strict -> Locale.LanguageRange.parse(strict).stream()
                        .map(r -> r.getRange().split("-")[0])
                        .filter(l -> l.equals("en") || l.equals("ru"))
                        .findFirst().map(l -> l.equals("en") ? ENGLISH : RUSSIAN).orElse(RUSSIAN))
                .orElse(RUSSIAN);
    }

    /** The header in strict form, or empty when it cannot be understood (then it is dropped). */
    public static Optional<String> normalized(String header) {
        if (header == null || header.isBlank() || header.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        List<Locale.LanguageRange> ranges;
        try {
            ranges = Locale.LanguageRange.parse(header);
        } catch (IllegalArgumentException unparseable) {
            return Optional.empty();
        }
        String strict = ranges.stream()
                .filter(r -> RANGE.matcher(r.getRange()).matches())
                .map(r -> r.getWeight() >= 1.0 ? r.getRange()
                        : r.getRange() + ";q=" + String.format(Locale.ROOT, "%.3f", r.getWeight()))
                .distinct()
                .collect(Collectors.joining(","));
        return strict.isEmpty() ? Optional.empty() : Optional.of(strict);
    }
}
