package org.familyportal.portal.interfaces.web.request;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.familyportal.portal.application.request.StatusLookup;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * Backing bean of {@code request-status.xhtml}: the number and the private code show the status.
 * <p>
 * The page opens filled in from the receipt ({@link #prefill()}): the number may come in the address
 * ({@code ?number=4821-9307}, no secret), the private code only in the body of a POST (the receipt's
 * button), so that it never lands in an address, a browser's history or an access log; with both, the
 * status is shown at once.
 */
@Named
@RequestScoped
public class RequestStatusCheck {

    /** Longer than any number or code typed with spaces; anything longer is not looked at. */
    private static final int TYPED_MAX = 20;

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

    /** The page's first view: the number (address or body) and the code (body of a POST only) from the receipt. */
    public void prefill() {
        HttpServletRequest request = Faces.getRequest();
        number = typed(request.getParameter("number"));
        if ("POST".equalsIgnoreCase(request.getMethod())) {
            code = typed(request.getParameter("code"));
        }
        if (number != null && code != null) {
            check();
        }
    }

    private static String typed(String value) {
        if (value == null || value.isBlank() || value.length() > TYPED_MAX) {
            return null;
        }
        return value.strip();
    }

    public StatusLookup.PublicStatus getStatus() { return status; }
    public String getNumber() { return number; }
    public void setNumber(String number) { this.number = number; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
}
