package org.familyportal.portal.interfaces.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.servlet.http.HttpServletRequest;
import org.familyportal.portal.application.account.AccountService;
import org.familyportal.portal.domain.account.Role;
import org.familyportal.portal.infrastructure.web.PublicRequestLimits;

import java.util.EnumSet;
import java.util.stream.Collectors;

/**
 * The database identity store: accounts and their roles live in MariaDB, passwords as Jakarta
 * Security PBKDF2 hashes. Wrong passwords are counted per account and client address, and make that
 * address wait, never the account's owner elsewhere (see AccountService and SignInPolicy); an
 * address that must wait is refused at once and told how long.
 */
@ApplicationScoped
public class PortalIdentityStore implements IdentityStore {

    /** Request attribute: the seconds a refused source must wait before its next try (a Long). */
    public static final String WAIT_SECONDS = PortalIdentityStore.class.getName() + ".waitSeconds";

    @Inject
    AccountService accounts;

    @Inject
    HttpServletRequest request;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        AccountService.SignInResult result = accounts.authenticate(login.getCaller(), login.getPassword().getValue(),
                clientAddress());
        if (!result.mustWait().isZero()) {
            // Refused at once, no thread held: the sign-in page tells how long to wait.
            request.setAttribute(WAIT_SECONDS, Math.max(1, (result.mustWait().toMillis() + 999) / 1000));
        }
        return result.account()
                .map(account -> new CredentialValidationResult(account.getEmail(),
                        account.getRoles().stream().map(Role::name).collect(Collectors.toSet())))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }

    /** The client address as the request filters resolved it (proxies taken into account). */
    private String clientAddress() {
        Object resolved = request.getAttribute(PublicRequestLimits.CLIENT_ADDRESS);
        return resolved != null ? resolved.toString() : request.getRemoteAddr();
    }

    @Override
    public java.util.Set<ValidationType> validationTypes() {
        return EnumSet.of(ValidationType.VALIDATE, ValidationType.PROVIDE_GROUPS);
    }
}
