package org.familyportal.portal.interfaces.web.directory;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.familyportal.directory.application.verification.ListingVerification;
import org.familyportal.directory.domain.search.SearchResults;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Set;

/**
 * "Information may be out of date" on the public pages: a service last verified more than the stale
 * period ago (12 months by default) says so on its page and in the search results.
 */
@Named
@RequestScoped
public class OutOfDate {

    @Inject
    ListingVerification verification;

    @Inject
    FindHelp findHelp;

    private Set<String> staleHits;

    /** Whether a service verified on {@code assuredDate} (HSDS {@code assured_date}, ISO; empty: never) may be out of date. */
    public boolean isStale(String assuredDate) {
        if (assuredDate == null || assuredDate.isBlank()) {
            return false;
        }
        try {
            return verification.isStale(LocalDate.parse(assuredDate.strip().substring(0, Math.min(10, assuredDate.strip().length()))));
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    /** Whether the search result {@code serviceId} of this page may be out of date (one query for the page). */
    public boolean hit(String serviceId) {
        if (staleHits == null) {
            SearchResults results = findHelp.getResults();
            staleHits = results == null ? Set.of()
                    : verification.staleAmong(results.hits().stream().map(SearchResults.Hit::id).toList());
        }
        return staleHits.contains(serviceId);
    }
}
