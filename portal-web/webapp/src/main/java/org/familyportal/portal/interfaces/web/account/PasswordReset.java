package org.familyportal.portal.interfaces.web.account;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.familyportal.portal.application.InvalidRequestException;
import org.familyportal.portal.application.account.AccountService;
import org.omnifaces.util.Messages;

import java.io.Serializable;
import java.util.Objects;

/** Backing bean of {@code reset-password.xhtml}: a new password through the single-use link of a mail. */
@Named
@ViewScoped
public class PasswordReset implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient AccountService accounts;

    private String token;
    private boolean valid;
    private boolean done;
    private transient String password;
    private transient String repeat;

    public void load() {
        valid = accounts.isResetTokenValid(token);
    }

    public void reset() {
        try {
            if (!Objects.equals(password, repeat)) {
                Messages.addError("reset:repeat", "account.password.mismatch");
                return;
            }
            accounts.completePasswordReset(token, password);
            done = true;
            Messages.addGlobalInfo("resetPassword.done");
        } catch (InvalidRequestException e) {
            valid = accounts.isResetTokenValid(token);
            Messages.addGlobalError(e.messageKey(), e.arguments());
        } finally {
            password = null;
            repeat = null;
        }
    }

    public String getToken() { return token; }
    public void setToken(String token) { this.token = token; }
    public boolean isValid() { return valid; }
    public boolean isDone() { return done; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
    public String getRepeat() { return repeat; }
    public void setRepeat(String repeat) { this.repeat = repeat; }
}
