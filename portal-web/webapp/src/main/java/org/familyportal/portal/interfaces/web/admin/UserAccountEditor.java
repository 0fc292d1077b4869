package org.familyportal.portal.interfaces.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.familyportal.portal.application.InvalidRequestException;
import org.familyportal.portal.application.account.AccountService;
import org.familyportal.portal.domain.account.Role;
import org.familyportal.portal.domain.account.UserAccount;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/**
 * Backing bean of {@code admin/user.xhtml}: one staff account; an administrator disables or enables
 * it, changes its roles or resets its password (a temporary one, shown once, changed at the next sign-in).
 */
@Named
@ViewScoped
public class UserAccountEditor implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient AccountService accounts;

    /** The page's {@code ?id=}; null when absent or no number (the page is then not found). */
    @Inject
    @Param(name = "id")
    Long idParam;
    private long id;
    private transient UserAccount account;
    private List<Role> roles = new ArrayList<>();
    private String temporaryPassword;

    public void load() {
        if (idParam == null || accounts.account(idParam).isEmpty()) {
            Faces.responseSendError(404, null);
            return;
        }
        id = idParam;
        roles = new ArrayList<>(getAccount().getRoles());
    }

    public void saveRoles() {
        act(() -> accounts.changeRoles(id, roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles)),
                "admin.user.rolesSaved");
    }

    public void disable() {
        act(() -> accounts.disable(id), "admin.user.disabled");
    }

    public void enable() {
        act(() -> accounts.enable(id), "admin.user.enabled");
    }

    public void resetPassword() {
        try {
            temporaryPassword = accounts.resetPassword(id);
            account = null;
            Messages.addGlobalInfo("admin.user.passwordReset");
        } catch (InvalidRequestException e) {
            Messages.addGlobalError(e.messageKey(), e.arguments());
        }
    }

    private void act(Runnable change, String doneKey) {
        try {
            change.run();
            Messages.addGlobalInfo(doneKey);
        } catch (InvalidRequestException e) {
            Messages.addGlobalError(e.messageKey(), e.arguments());
        }
        account = null;
        roles = new ArrayList<>(getAccount().getRoles());
    }

    public UserAccount getAccount() {
        if (account == null) {
            account = accounts.account(id).orElse(null);
        }
        return account;
    }

    public Role[] getAllRoles() {
        return Role.values();
    }

    public List<Role> getRoles() { return roles; }
    public void setRoles(List<Role> roles) { this.roles = roles; }
    public String getTemporaryPassword() { return temporaryPassword; }
}
