package org.familyportal.directory.domain.search;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A service as the search index sees it: its words, its place, who it is for and when it is open.
 * {@code topics} holds the names of its kinds of help and audiences, so a word for "teenager" finds
 * a service for teenagers that does not say so in its own text. A confidential location is placed
 * at its town's public centre, never at its own coordinates. {@code eligibility} is who may use it,
 * in its own words (read, with the rest of its text, to infer its kinds of help and audiences).
 * {@code phones} are its lines, most useful first; {@code areas} where it may be used from, as its
 * data says ({@code areaMunicipalities} is the same as municipality codes, regions spelled out, for
 * finding it by place); {@code everywhere} only when it is used at a distance and not limited to
 * a part of the country (see {@link ServiceArea#everywhere}).
 */
public record IndexedService(String id, String name, String description, String organization, String topics,
                             Set<String> categories, Set<String> audiences, Set<String> formats, String providerType,
                             Set<String> municipalities, Set<String> areaMunicipalities, Point point,
                             boolean confidential, boolean everywhere, Cost cost, LocalDate assured,
                             List<OpeningRule> openingRules, Set<String> languages, boolean accessible,
                             String eligibility, List<Phone> phones, List<ServiceArea> areas) {

    public IndexedService {
        phones = phones == null ? List.of() : List.copyOf(phones);
        areas = areas == null ? List.of() : List.copyOf(areas);
    }

    /** A service without phones or declared areas. */
    public IndexedService(String id, String name, String description, String organization, String topics,
                          Set<String> categories, Set<String> audiences, Set<String> formats, String providerType,
                          Set<String> municipalities, Set<String> areaMunicipalities, Point point,
                          boolean confidential, boolean everywhere, Cost cost, LocalDate assured,
                          List<OpeningRule> openingRules, Set<String> languages, boolean accessible,
                          String eligibility) {
        this(id, name, description, organization, topics, categories, audiences, formats, providerType, municipalities,
                areaMunicipalities, point, confidential, everywhere, cost, assured, openingRules, languages, accessible,
                eligibility, List.of(), List.of());
    }

    /** A service whose cost is known (free or paid), without an eligibility text. */
    public IndexedService(String id, String name, String description, String organization, String topics,
                          Set<String> categories, Set<String> audiences, Set<String> formats, String providerType,
                          Set<String> municipalities, Set<String> areaMunicipalities, Point point,
                          boolean confidential, boolean everywhere, boolean free, LocalDate assured,
                          List<OpeningRule> openingRules, Set<String> languages, boolean accessible) {
        this(id, name, description, organization, topics, categories, audiences, formats, providerType, municipalities,
                areaMunicipalities, point, confidential, everywhere, free ? Cost.FREE : Cost.PAID, assured, openingRules,
                languages, accessible, "");
    }

    /** Free by its data (see {@link Cost}); an unknown cost is not free. */
    public boolean free() {
        return cost == Cost.FREE;
    }

    /** A position on Earth in degrees. */
    public record Point(double latitude, double longitude) {
    }
}
