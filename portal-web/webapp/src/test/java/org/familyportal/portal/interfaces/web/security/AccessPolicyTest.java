package org.familyportal.portal.interfaces.web.security;

import org.familyportal.portal.domain.account.Role;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AccessPolicyTest {

    private final AccessPolicy policy = new AccessPolicy();

    private boolean allows(String path, Set<Role> roles) {
        return policy.allows(path, roles::contains, !roles.isEmpty());
    }

    @Test
    void publicPagesAreOpenToEveryone() {
        for (String path : new String[] {"/", "/index.xhtml", "/find-help.xhtml", "/sign-in.xhtml",
                "/jakarta.faces.resource/css/portal.css.xhtml", "/administration-guide.xhtml", "", null}) {
            assertTrue(allows(path, Set.of()), String.valueOf(path));
        }
    }

    @Test
    void staffAreasAreClosedToAnonymousVisitors() {
        for (String path : new String[] {"/admin", "/admin/", "/admin/users.xhtml", "/ADMIN/users.xhtml",
                "/account/", "/hotline/intake.xhtml", "/centre/queue.xhtml", "/organisation/listings.xhtml",
                "/moderation/", "/editorial/articles.xhtml"}) {
            assertFalse(allows(path, Set.of()), path);
        }
    }

    @Test
    void eachAreaOpensOnlyToItsRoles() {
        assertTrue(allows("/admin/users.xhtml", EnumSet.of(Role.ADMIN)));
        assertFalse(allows("/admin/users.xhtml", EnumSet.of(Role.MODERATOR, Role.EDITOR)));
        assertTrue(allows("/moderation/queue.xhtml", EnumSet.of(Role.MODERATOR)));
        assertTrue(allows("/moderation/queue.xhtml", EnumSet.of(Role.ADMIN)));
        assertFalse(allows("/hotline/intake.xhtml", EnumSet.of(Role.ADMIN)), "admins do not take calls");
        assertTrue(allows("/hotline/intake.xhtml", EnumSet.of(Role.OPERATOR)));
        assertTrue(allows("/centre/queue.xhtml", EnumSet.of(Role.SPECIALIST)));
        assertFalse(allows("/centre/queue.xhtml", EnumSet.of(Role.ORG_MEMBER)));
        assertTrue(allows("/account/", EnumSet.of(Role.ORG_MEMBER)));
    }

    @Test
    void aSignedInAccountWithoutAnyRoleReachesItsOwnAccountPageAndNothingElse() {
        assertTrue(policy.allows("/account/", role -> false, true), "change password, sign out");
        assertTrue(policy.allows("/account/password.xhtml", role -> false, true));
        for (String path : new String[] {"/admin/users.xhtml", "/moderation/", "/editorial/", "/hotline/",
                "/centre/", "/organisation/referrals.xhtml"}) {
            assertFalse(policy.allows(path, role -> false, true), path);
        }
        assertFalse(policy.allows("/account/", role -> false, false), "anonymous visitors still get 404");
    }

    @Test
    void editorsHaveAWorkingArea() {
        assertTrue(allows("/editorial/", EnumSet.of(Role.EDITOR)));
        assertTrue(allows("/editorial/index.xhtml", EnumSet.of(Role.EDITOR)));
        assertFalse(allows("/editorial/", EnumSet.of(Role.OPERATOR)));
    }

    @Test
    void theServersMetricsAreForAdministratorsOnly() {
        assertFalse(allows("/metrics", Set.of()));
        assertFalse(allows("/metrics/base", EnumSet.of(Role.OPERATOR)));
        assertTrue(allows("/metrics", EnumSet.of(Role.ADMIN)));
        assertTrue(policy.isRestricted("/centre/queue.xhtml"));
        assertFalse(policy.isRestricted("/find-help.xhtml"));
    }
}
