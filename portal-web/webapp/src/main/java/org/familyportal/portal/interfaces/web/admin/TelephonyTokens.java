package org.familyportal.portal.interfaces.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import org.familyportal.portal.domain.telephony.ApiToken;
import org.familyportal.portal.application.InvalidRequestException;
import org.familyportal.portal.application.request.ApiTokens;
import org.omnifaces.util.Messages;

import java.io.Serializable;
import java.util.List;

/** Backing bean of {@code admin/api-tokens.xhtml}: tokens of telephony systems, each shown once when issued. */
@Named
@ViewScoped
public class TelephonyTokens implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ApiTokens tokens;

    @Inject
    transient SecurityContext security;

    private String name;
    private String issued;

    public void issue() {
        try {
            issued = tokens.issue(name, security.getCallerPrincipal().getName());
            name = null;
            Messages.addGlobalInfo("admin.tokens.issued");
        } catch (InvalidRequestException e) {
            Messages.addGlobalError(e.messageKey());
        }
    }

    public void revoke(long id) {
        tokens.revoke(id, security.getCallerPrincipal().getName());
        issued = null;
        Messages.addGlobalInfo("admin.tokens.revoked");
    }

    public List<ApiToken> getTokens() {
        return tokens.all();
    }

    public String getIssued() { return issued; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
}
