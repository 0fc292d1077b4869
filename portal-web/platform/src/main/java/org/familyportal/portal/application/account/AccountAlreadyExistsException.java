package org.familyportal.portal.application.account;

import jakarta.ejb.ApplicationException;

/** An account with this e-mail address exists already. */
@ApplicationException(rollback = true)
public class AccountAlreadyExistsException extends RuntimeException {

    private final String email;

    public AccountAlreadyExistsException(String email) {
        super("An account exists already for " + email);
        this.email = email;
    }

    public String getEmail() {
        return email;
    }
}
