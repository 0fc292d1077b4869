package org.familyportal.portal.application.search;

import org.familyportal.portal.application.access.AccessDeniedException;
import org.familyportal.portal.application.access.TestCallers;
import org.familyportal.portal.domain.account.Role;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertThrows;

/** Rebuilding the index and editing the synonyms are the administrators' own, whoever calls the service. */
class AdministrationOfTheSearchTest {

    @Test
    void onlyAnAdministratorRebuildsTheIndex() {
        for (Role role : new Role[] {Role.MODERATOR, Role.EDITOR, Role.SPECIALIST}) {
            IndexRebuild rebuild = new IndexRebuild();
            rebuild.caller = TestCallers.of("someone@example.org", role);
            assertThrows(AccessDeniedException.class, rebuild::start, role.name());
        }
        IndexRebuild anonymous = new IndexRebuild();
        anonymous.caller = TestCallers.of(null);
        assertThrows(AccessDeniedException.class, anonymous::start);
    }

    @Test
    void onlyAnAdministratorEditsTheSynonyms() {
        SiteSearch search = new SiteSearch();
        search.caller = TestCallers.of("moderator@example.org", Role.MODERATOR);
        assertThrows(AccessDeniedException.class, search::synonyms);
    }
}
