package org.familyportal.directory.domain.search;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Where a service may be used, as its data says (HSDS service_area), read against the portal's
 * gazetteer: the whole country, a region, a municipality, or a named area the gazetteer does not
 * know (its own name is shown). {@code code} is the region's or municipality's code when known.
 */
public record ServiceArea(Kind kind, String code, String nameRu, String nameEn) {

    public enum Kind { COUNTRY, REGION, MUNICIPALITY, UNKNOWN }

    /** Names and extent types that mean the whole country (the portal covers Russia). */
    private static final Set<String> COUNTRY = Set.of("россия", "российская федерация", "рф", "вся россия",
            "по всей россии", "russia", "russian federation", "ru", "country", "national", "nationwide");

    /** Whether an area given by {@code code}, {@code name} or {@code extentType} covers the whole country. */
    public static boolean countryWide(String code, String name, String extentType) {
        return COUNTRY.contains(Folding.fold(code)) || COUNTRY.contains(Folding.fold(name))
                || COUNTRY.contains(Folding.fold(extentType));
    }

    /** The name in {@code language} (ru or en); the other one when it is missing. */
    public String name(String language) {
        String wanted = "en".equals(language) ? nameEn : nameRu;
        String other = "en".equals(language) ? nameRu : nameEn;
        return wanted != null && !wanted.isBlank() ? wanted : other;
    }

    /**
     * Whether a service is available from anywhere: it is used at a distance (a line, online) and
     * its data does not limit where from, or limits it to the whole country. A regional line
     * (an area that is a region or a list of municipalities) is not.
     */
    public static boolean everywhere(boolean remote, List<ServiceArea> areas) {
        return remote && (areas.isEmpty() || areas.stream().anyMatch(a -> a.kind() == Kind.COUNTRY));
    }

    @Override
    public String toString() {
        return kind.name().toLowerCase(Locale.ROOT) + ":" + code;
    }
}
