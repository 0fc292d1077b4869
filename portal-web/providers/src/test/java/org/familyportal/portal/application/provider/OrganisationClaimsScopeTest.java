package org.familyportal.portal.application.provider;

import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.familyportal.portal.application.InvalidRequestException;
import org.familyportal.portal.application.access.AccessDeniedException;
import org.familyportal.portal.application.access.CurrentCaller;
import org.familyportal.portal.application.audit.AuditTrail;
import org.familyportal.portal.domain.account.Role;
import org.familyportal.portal.domain.account.UserAccount;
import org.familyportal.portal.domain.audit.AuditAction;
import org.familyportal.portal.domain.provider.Claim;
import org.familyportal.portal.domain.provider.ClaimStatus;
import org.familyportal.portal.domain.provider.OrganisationEntry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.security.Principal;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * A member acts for their own organisations only, whatever a page or a crafted request names; a claim
 * waiting gives no access; claims are limited and never repeated.
 */
class OrganisationClaimsScopeTest {

    private static final String A = "00000000-0000-4000-8000-00000000000a";
    private static final String B = "00000000-0000-4000-8000-00000000000b";
    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

    private final ProviderSignUpTest.Accounts accounts = new ProviderSignUpTest.Accounts();
    private final InMemoryProviders providers = new InMemoryProviders();
    private OrganisationClaims claims;
    private Caller caller;
    private UserAccount anna;

    @BeforeEach
    void wire() {
        providers.organisations.put(A, new OrganisationEntry(A, "Фонд «А»", "https://a.ru", "3808123457"));
        providers.organisations.put(B, new OrganisationEntry(B, "Центр «Б»", null, null));
        anna = accounts.open("anna@a.ru", Role.ORG_MEMBER);
        Claim approved = Claim.of(anna.getId(), A, "Директор", "Позвонить", NOW);
        approved.approve(A, "moderator@portal.ru", NOW);
        providers.add(approved);
        caller = new Caller("anna@a.ru", Role.ORG_MEMBER);
        claims = new OrganisationClaims();
        claims.caller = new CurrentCaller(caller);
        claims.accounts = accounts;
        claims.providers = providers;
        claims.audit = new AuditTrail() {
            @Override
            public void record(String actor, AuditAction action, Long requestId, String detail) {
            }
        };
    }

    @Test
    void aMemberReachesTheirOwnOrganisationOnly() {
        assertEquals(anna.getEmail(), claims.requireMemberOf(A));
        assertThrows(AccessDeniedException.class, () -> claims.requireMemberOf(B));
        assertThrows(AccessDeniedException.class, () -> claims.members(B));
        assertThrows(AccessDeniedException.class, () -> claims.requireMemberOf(null));
    }

    @Test
    void aClaimWaitingGivesNoAccess() {
        claims.claim(B, "Психолог", "Приказ");
        assertEquals(ClaimStatus.PENDING, providers.claimsOf(anna.getId()).get(1).getStatus());
        assertThrows(AccessDeniedException.class, () -> claims.requireMemberOf(B));
        assertEquals("providers.claim.already",
                assertThrows(InvalidRequestException.class, () -> claims.claim(B, "Психолог", "Приказ")).messageKey(),
                "one claim per organisation at a time");
        assertEquals("providers.claim.already",
                assertThrows(InvalidRequestException.class, () -> claims.claim(A, "Директор", "x")).messageKey(),
                "nor on an organisation one is a member of");
    }

    @Test
    void moderatorsReachEveryOrganisationAndNobodyElse() {
        caller.set("moderator@portal.ru", Role.MODERATOR);
        assertEquals("moderator@portal.ru", claims.requireMemberOf(B));
        caller.set("operator@portal.ru", Role.OPERATOR);
        assertThrows(AccessDeniedException.class, () -> claims.requireMemberOf(A));
        assertThrows(AccessDeniedException.class, () -> claims.myClaims());
        caller.set(null);
        assertThrows(AccessDeniedException.class, () -> claims.search("Фонд"));
    }

    @Test
    void aDisabledAccountActsForNobody() {
        anna.disable();
        assertThrows(AccessDeniedException.class, () -> claims.requireMemberOf(A));
        assertThrows(AccessDeniedException.class, () -> claims.claim(B, "Психолог", "Приказ"));
    }

    @Test
    void atMostFiveClaimsWaitAtOnceAndEachStatesRoleAndCheck() {
        for (int i = 0; i < OrganisationClaims.PENDING_MAX; i++) {
            String id = "00000000-0000-4000-8000-00000000010" + i;
            providers.organisations.put(id, new OrganisationEntry(id, "Организация " + i, null, null));
            claims.claim(id, "Специалист", "Позвонить");
        }
        String next = "00000000-0000-4000-8000-000000000199";
        providers.organisations.put(next, new OrganisationEntry(next, "Ещё одна", null, null));
        assertEquals("providers.claim.tooMany",
                assertThrows(InvalidRequestException.class, () -> claims.claim(next, "Специалист", "Позвонить")).messageKey());
        assertEquals("providers.claim.unknownOrganisation",
                assertThrows(InvalidRequestException.class, () -> claims.claim("no-such", "r", "v")).messageKey());
        assertEquals("providers.claim.role.error",
                assertThrows(InvalidRequestException.class, () -> claims.claim(B, " ", "v")).messageKey());
        assertEquals("providers.claim.verification.error",
                assertThrows(InvalidRequestException.class, () -> claims.claim(B, "r", "")).messageKey());
        assertEquals("providers.claim.searchLength",
                assertThrows(InvalidRequestException.class, () -> claims.search("ф")).messageKey());
    }

    /** The security context of one signed-in person with their roles (or nobody). */
    static final class Caller implements SecurityContext {
        private String name;
        private Set<Role> roles = EnumSet.noneOf(Role.class);

        Caller(String name, Role... roles) {
            set(name, roles);
        }

        void set(String name, Role... roles) {
            this.name = name;
            this.roles = roles.length == 0 ? EnumSet.noneOf(Role.class) : EnumSet.of(roles[0], roles);
        }

        @Override
        public Principal getCallerPrincipal() {
            return name == null ? null : () -> name;
        }

        @Override
        public <T extends Principal> Set<T> getPrincipalsByType(Class<T> type) {
            return Set.of();
        }

        @Override
        public boolean isCallerInRole(String role) {
            return roles.contains(Role.valueOf(role));
        }

        @Override
        public boolean hasAccessToWebResource(String resource, String... methods) {
            return false;
        }

        @Override
        public AuthenticationStatus authenticate(HttpServletRequest request, HttpServletResponse response,
                                                 AuthenticationParameters parameters) {
            throw new UnsupportedOperationException();
        }
    }
}
