package org.familyportal.directory.application.search;

import org.familyportal.directory.application.port.DirectoryRole;
import org.familyportal.directory.application.port.StaffCaller;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertThrows;

/** Rebuilding the index and editing the synonyms are the administrators' own, whoever calls the service. */
class AdministrationOfTheSearchTest {

    @Test
    void onlyAnAdministratorRebuildsTheIndex() {
        IndexRebuild moderator = new IndexRebuild();
        moderator.caller = StaffCaller.of("someone@example.org", DirectoryRole.MODERATOR);
        assertThrows(SecurityException.class, moderator::start);
        IndexRebuild anonymous = new IndexRebuild();
        anonymous.caller = StaffCaller.of(null);
        assertThrows(SecurityException.class, anonymous::start);
    }

    @Test
    void onlyAnAdministratorEditsTheSynonyms() {
        SiteSearch search = new SiteSearch();
        search.caller = StaffCaller.of("moderator@example.org", DirectoryRole.MODERATOR);
        assertThrows(SecurityException.class, search::synonyms);
    }
}
