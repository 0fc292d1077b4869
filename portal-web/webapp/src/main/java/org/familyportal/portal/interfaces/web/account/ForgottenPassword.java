package org.familyportal.portal.interfaces.web.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.familyportal.portal.application.account.AccountService;
import org.familyportal.portal.infrastructure.web.PublicRequestLimits;
import org.familyportal.portal.infrastructure.web.SubmissionLimits;

import java.time.Clock;

/**
 * Backing bean of {@code forgot-password.xhtml}. The answer is the same whether or not the address
 * belongs to an account (nobody learns who has one); mails are limited per account (AccountService)
 * and requests per client address (here).
 */
@Named
@RequestScoped
public class ForgottenPassword {

    /** Reset requests per client address and minute. */
    static final int PER_ADDRESS_AND_MINUTE = 5;

    /** The per-address counts, shared by all requests. */
    @ApplicationScoped
    public static class Limits {
        private final SubmissionLimits limits = new SubmissionLimits(PER_ADDRESS_AND_MINUTE, Clock.systemUTC());

        public boolean tryPass(String client) {
            return limits.tryPass(client);
        }
    }

    @Inject
    AccountService accounts;

    @Inject
    Limits limits;

    @Inject
    FacesContext faces;

    private String email;
    private boolean sent;

    public void send() {
        HttpServletRequest request = (HttpServletRequest) faces.getExternalContext().getRequest();
        Object client = request.getAttribute(PublicRequestLimits.CLIENT_ADDRESS);
        if (limits.tryPass(client == null ? request.getRemoteAddr() : client.toString())) {
            accounts.requestPasswordReset(email == null ? null : email.strip(), faces.getViewRoot().getLocale());
        }
        sent = true;
    }

    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public boolean isSent() { return sent; }
}
