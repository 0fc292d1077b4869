package org.familyportal.portal.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.familyportal.portal.application.account.AccountService;
import org.familyportal.portal.domain.account.UserAccount;
import org.familyportal.portal.interfaces.web.security.AccountSessionFilter;
import org.familyportal.portal.interfaces.web.security.PortalIdentityStore;
import org.omnifaces.util.Faces;

import java.io.IOException;

/** Backing bean of {@code sign-in.xhtml}. */
@Named
@RequestScoped
public class SignIn {

    @Inject
    SecurityContext securityContext;

    @Inject
    FacesContext faces;

    @Inject
    AccountService accounts;

    @NotBlank
    @Size(max = UserAccount.EMAIL_MAX)
    private String email;

    @NotBlank
    @Size(max = 200)
    private String password;

    public void signIn() throws IOException {
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        HttpServletResponse response = (HttpServletResponse) external.getResponse();
        AuthenticationStatus status = securityContext.authenticate(request, response,
                AuthenticationParameters.withParams()
                        .credential(new UsernamePasswordCredential(email, new Password(password)))
                        .newAuthentication(true));
        password = null;
        switch (status) {
            case SEND_CONTINUE -> faces.responseComplete();
            case SUCCESS -> {
                request.changeSessionId();
                // The session remembers its account's generation: disabling the account, changing its
                // roles or password moves it, and AccountSessionFilter signs such a session out.
                AccountService.SessionState state = accounts.sessionState(request.getUserPrincipal().getName())
                        .orElseThrow();
                request.getSession().setAttribute(AccountSessionFilter.GENERATION, state.generation());
                external.redirect(external.getRequestContextPath()
                        + (state.passwordChangeRequired() ? AccountSessionFilter.PASSWORD_PAGE : "/account/"));
            }
            default -> {
                Object wait = request.getAttribute(PortalIdentityStore.WAIT_SECONDS);
                faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, Faces.getBundleString("signIn.failed"),
                        wait == null ? Faces.getBundleString("signIn.failed.detail") : Faces.getBundleString("signIn.wait", wait)));
            }
        }
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
