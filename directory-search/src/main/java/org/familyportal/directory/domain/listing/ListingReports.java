package org.familyportal.directory.domain.listing;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

/**
 * The reports of wrong information as the organisations' members reach them, and how many a
 * service received lately (a service cannot be flooded with reports, nor its members with mails).
 * Adding, reading one and the moderators' queue are {@link Listings}'.
 */
public interface ListingReports {

    /** Open reports about services of {@code organizationIds}, oldest first, at most {@code max}. */
    List<ListingReport> openReportsOf(Set<String> organizationIds, int max);

    /** How many reports {@code serviceId} received since {@code since}, resolved or not. */
    long reportsSince(String serviceId, LocalDateTime since);
}
