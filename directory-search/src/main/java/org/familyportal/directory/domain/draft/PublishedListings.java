package org.familyportal.directory.domain.draft;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * The published listings in the HSDS tables, read and written whole: an organisation with its
 * services and locations as a {@link ListingSnapshot}. Implemented over the HSDS tables
 * ({@code infrastructure.jdbc}); works inside the caller's transaction.
 */
public interface PublishedListings {

    /** The published listing of the organisation; empty when it is not in the directory. */
    Optional<ListingSnapshot> read(String organizationId);

    /**
     * Writes {@code snapshot} to the HSDS tables: the organisation, its services and locations and
     * what hangs from them are inserted or updated (moving {@code last_modified} and the version of
     * each changed service and organisation); phones, hours, areas, documents, languages and terms
     * the snapshot no longer has are deleted; a service it no longer has is retired (status
     * inactive), never deleted; a location it no longer has is deleted. Returns the ids of the
     * services whose search documents changed (to be indexed again).
     */
    List<String> publish(ListingSnapshot snapshot, LocalDateTime now);

    /** The gazetteer's municipalities, for choosing one: by region, then name. */
    List<Municipality> municipalities();

    /** Every taxonomy term a service can be tagged with: the portal's taxonomies first, then imported ones; by name. */
    List<Term> terms();

    /** A municipality of the gazetteer. */
    record Municipality(String code, String nameRu, String nameEn, String regionRu, String regionEn)
            implements java.io.Serializable {
    }

    /** A taxonomy term: its id, its taxonomy's code ({@code family-support}, {@code audience}, {@code delivery}...). */
    record Term(String id, String taxonomy, String code, String nameRu, String nameEn) implements java.io.Serializable {
    }
}
