package org.familyportal.portal.interfaces.web.provider;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.familyportal.portal.application.InvalidRequestException;
import org.familyportal.portal.application.provider.ProviderSignUp;
import org.omnifaces.util.Messages;

import java.io.Serializable;

/**
 * Backing bean of {@code for-organisations/confirm.xhtml}: the mailed link opens the page, a button
 * confirms (a mail scanner that follows the link confirms nothing).
 */
@Named
@ViewScoped
public class EmailConfirmation implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ProviderSignUp signUp;

    private String token;
    private boolean valid;
    private boolean done;

    public void load() {
        valid = signUp.isConfirmationValid(token);
    }

    public void confirm() {
        try {
            signUp.confirm(token);
            done = true;
        } catch (InvalidRequestException e) {
            valid = false;
            Messages.addGlobalError(e.messageKey(), e.arguments());
        }
    }

    public String getToken() { return token; }
    public void setToken(String token) { this.token = token; }
    public boolean isValid() { return valid; }
    public boolean isDone() { return done; }
}
