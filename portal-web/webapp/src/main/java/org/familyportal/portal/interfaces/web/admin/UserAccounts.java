package org.familyportal.portal.interfaces.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.familyportal.portal.application.account.AccountAlreadyExistsException;
import org.familyportal.portal.application.account.AccountService;
import org.familyportal.portal.domain.account.Role;
import org.familyportal.portal.domain.account.UserAccount;
import org.omnifaces.util.Messages;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/** Backing bean of {@code admin/users.xhtml}: the staff accounts and opening a new one. */
@Named("adminUserAccounts")
@ViewScoped
public class UserAccounts implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient AccountService accountService;

    private transient List<UserAccount> accounts;
    @NotBlank
    @Email
    @Size(max = UserAccount.EMAIL_MAX)
    private String email;

    @NotBlank
    @Size(max = UserAccount.NAME_MAX)
    private String displayName;

    @NotNull
    @Size(min = AccountService.PASSWORD_MIN, max = AccountService.PASSWORD_MAX, message = "{portal.password.size}")
    private String password;
    private List<Role> roles = new ArrayList<>();

    @PostConstruct
    void load() {
        accounts = accountService.allAccounts();
    }

    public void create() {
        try {
            accountService.register(new AccountService.NewAccount(email, displayName, password,
                    roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles)));
            Messages.addGlobalInfo("admin.users.created");
            email = null;
            displayName = null;
            roles = new ArrayList<>();
            accounts = accountService.allAccounts();
        } catch (AccountAlreadyExistsException e) {
            Messages.addError("newAccount:email", "admin.users.exists");
        } finally {
            password = null;
        }
    }

    public List<UserAccount> getAccounts() {
        if (accounts == null) {
            load();
        }
        return accounts;
    }

    public Role[] getAllRoles() {
        return Role.values();
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public List<Role> getRoles() {
        return roles;
    }

    public void setRoles(List<Role> roles) {
        this.roles = roles;
    }
}
