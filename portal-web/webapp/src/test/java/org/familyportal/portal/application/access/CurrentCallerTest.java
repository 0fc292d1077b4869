package org.familyportal.portal.application.access;

import org.familyportal.portal.application.access.Viewer;
import org.familyportal.portal.domain.account.Role;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.EnumSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The rules application services apply to their caller, who is taken from the security context:
 * the role, the actor named for the audit trail, and the centre's scope ({@link Viewer}).
 */
class CurrentCallerTest {

    private static CurrentCaller callerOf(String name, Role... roles) {
        return TestCallers.of(name, roles);
    }

    private static Role[] roles(String list) {
        return list.isBlank() ? new Role[0]
                : Arrays.stream(list.split(" ")).map(Role::valueOf).toArray(Role[]::new);
    }

    @ParameterizedTest(name = "{0} with [{1}] doing what needs [{2}]: allowed {3}")
    @CsvSource({
            // who,                  has roles,            needs any of,          allowed
            "admin@portal.test,      ADMIN,                ADMIN,                 true",
            "op@portal.test,         OPERATOR,             ADMIN,                 false",
            "op@portal.test,         OPERATOR,             OPERATOR,              true",
            "mod@portal.test,        MODERATOR,            MODERATOR ADMIN,       true",
            "editor@portal.test,     EDITOR,               MODERATOR ADMIN,       false",
            "spec@portal.test,       SPECIALIST,           SPECIALIST ADMIN,      true",
            "partner@portal.test,    ORG_MEMBER,           SPECIALIST ADMIN,      false",
            "nobody@portal.test,     '',                   OPERATOR,              false",
            ",                       '',                   ADMIN,                 false",
            ",                       ADMIN,                ADMIN,                 false"
    })
    void aServiceRequiresTheRoleOfItsCaller(String who, String has, String needs, boolean allowed) {
        CurrentCaller caller = callerOf(who, roles(has));
        if (allowed) {
            assertEquals(who, caller.require(roles(needs)));
        } else {
            assertThrows(AccessDeniedException.class, () -> caller.require(roles(needs)));
        }
    }

    @ParameterizedTest(name = "{0} acting as {1}: allowed {2}")
    @CsvSource({
            "admin@portal.test, admin@portal.test,   true",
            "admin@portal.test, ' Admin@Portal.TEST', true",
            "admin@portal.test, other@portal.test,   false",
            "admin@portal.test, system,              false",
            "admin@portal.test, ,                    false"
    })
    void nobodyActsOrIsAuditedInAnothersName(String who, String claimed, boolean allowed) {
        CurrentCaller caller = callerOf(who, Role.ADMIN);
        if (allowed) {
            assertEquals(who, caller.actingAs(claimed, Role.ADMIN));
        } else {
            assertThrows(AccessDeniedException.class, () -> caller.actingAs(claimed, Role.ADMIN));
        }
    }

    @ParameterizedTest(name = "{0} with [{1}] claiming viewer ({2}, admin {3}): allowed {4}")
    @CsvSource({
            "spec@portal.test,  SPECIALIST,       spec@portal.test,  false, true",
            "spec@portal.test,  SPECIALIST,       spec@portal.test,  true,  false",   // a specialist's reach is their centres
            "spec@portal.test,  SPECIALIST,       other@portal.test, false, false",   // not another specialist's
            "admin@portal.test, ADMIN,            admin@portal.test, true,  true",
            "admin@portal.test, ADMIN,            admin@portal.test, false, true",
            "op@portal.test,    OPERATOR,         op@portal.test,    false, false",   // no centre work at all
            "partner@portal.test, ORG_MEMBER,     partner@portal.test, true, false",
            ",                  '',               spec@portal.test,  false, false"    // anonymous
    })
    void theCentresScopeIsTheCallersNotWhatAPageClaims(String who, String has, String email, boolean admin,
                                                       boolean allowed) {
        CurrentCaller caller = callerOf(who, roles(has));
        Viewer claimed = new Viewer(email, admin);
        if (allowed) {
            assertEquals(claimed, caller.confirm(claimed));
        } else {
            assertThrows(AccessDeniedException.class, () -> caller.confirm(claimed));
        }
    }

    @Test
    void theViewerIsBuiltFromTheSecurityContext() {
        assertEquals(new Viewer("spec@portal.test", false), callerOf("spec@portal.test", Role.SPECIALIST).viewer());
        assertEquals(new Viewer("a@portal.test", true), callerOf("a@portal.test", Role.ADMIN, Role.SPECIALIST).viewer());
        assertThrows(AccessDeniedException.class, () -> callerOf("op@portal.test", Role.OPERATOR).viewer());
    }

    @Test
    void anAccountWithoutARoleIsSignedInButMayDoNothingElse() {
        CurrentCaller caller = callerOf("new@portal.test");
        assertEquals("new@portal.test", caller.requireSignedIn());
        for (Role role : EnumSet.allOf(Role.class)) {
            assertThrows(AccessDeniedException.class, () -> caller.require(role));
        }
        assertThrows(AccessDeniedException.class, () -> callerOf(null).requireSignedIn());
    }
}
