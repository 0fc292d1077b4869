package org.familyportal.portal.interfaces.web.request;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.familyportal.portal.application.request.StatusLookup;
import org.omnifaces.util.Messages;

/** Backing bean of {@code request-status.xhtml}: the number and the private code show the status. */
@Named
@RequestScoped
public class RequestStatusCheck {

    @Inject
    StatusLookup lookup;

    private String number;
    private String code;
    private StatusLookup.PublicStatus status;

    public void check() {
        status = lookup.find(number, code).orElse(null);
        if (status == null) {
            Messages.addGlobalError("status.notFound");
        }
    }

    public StatusLookup.PublicStatus getStatus() { return status; }
    public String getNumber() { return number; }
    public void setNumber(String number) { this.number = number; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
}
