package org.familyportal.portal.interfaces.web.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.familyportal.portal.application.InvalidRequestException;
import org.familyportal.portal.application.account.AccountService;
import org.familyportal.portal.interfaces.web.security.AccountSessionFilter;
import org.omnifaces.util.Messages;

import java.util.Objects;

/** Backing bean of {@code account/password.xhtml}: the signed-in person changes their own password. */
@Named
@RequestScoped
public class PasswordChange {

    @Inject
    AccountService accounts;

    @Inject
    FacesContext faces;

    private String current;
    private String password;
    private String repeat;
    private boolean changed;

    public void change() {
        try {
            if (!Objects.equals(password, repeat)) {
                Messages.addError("password:repeat", "account.password.mismatch");
                return;
            }
            long generation = accounts.changeOwnPassword(current, password);
            // This session goes on; the account's other sessions end at their next request.
            ((HttpServletRequest) faces.getExternalContext().getRequest()).getSession()
                    .setAttribute(AccountSessionFilter.GENERATION, generation);
            changed = true;
            Messages.addGlobalInfo("account.password.changed");
        } catch (InvalidRequestException e) {
            Messages.addGlobalError(e.messageKey(), e.arguments());
        } finally {
            current = null;
            password = null;
            repeat = null;
        }
    }

    public boolean isChanged() { return changed; }
    public String getCurrent() { return current; }
    public void setCurrent(String current) { this.current = current; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
    public String getRepeat() { return repeat; }
    public void setRepeat(String repeat) { this.repeat = repeat; }
}
