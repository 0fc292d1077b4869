package org.familyportal.portal.interfaces.web.partner;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.familyportal.portal.application.InvalidRequestException;
import org.familyportal.portal.application.request.GuestReferrals;
import org.familyportal.portal.domain.request.ReferralStatus;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

import java.io.Serializable;

/**
 * Backing bean of {@code referral.xhtml}: an organisation without members opens the referral its
 * signed link names, and accepts, declines (with a reason) or completes it. A link that was changed
 * or has expired shows why, never the referral; the page is never cached (the link is a credential).
 */
@Named
@ViewScoped
public class ReferralLink implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient GuestReferrals referrals;

    private String token;
    private String answer;
    private String problem;
    private transient GuestReferrals.Guest guest;
    private transient boolean read;

    public void load() {
        read();
    }

    /** Read once per request: by the view action, or (a request without parameters skips it) at rendering. */
    private void ensureRead() {
        if (!read) {
            read();
        }
    }

    private void read() {
        read = true;
        Faces.addResponseHeader("Cache-Control", "no-store");
        guest = null;
        problem = null;
        try {
            guest = referrals.open(token);
        } catch (InvalidRequestException e) {
            problem = e.messageKey();
            Faces.setResponseStatus(e.messageKey().equals("referral.link.expired") ? 410 : 404);
        }
    }

    public void answer(String status) {
        try {
            referrals.answer(token, ReferralStatus.valueOf(status), answer);
            answer = null;
            Messages.addGlobalInfo("partner.referral.answered");
        } catch (InvalidRequestException e) {
            Messages.addGlobalError(e.messageKey());
        } catch (IllegalArgumentException e) {
            Messages.addGlobalError("partner.referral.notAllowed");
        }
        read();
    }

    public GuestReferrals.Guest getGuest() {
        ensureRead();
        return guest;
    }

    public String getProblem() {
        ensureRead();
        return problem;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getAnswer() {
        return answer;
    }

    public void setAnswer(String answer) {
        this.answer = answer;
    }
}
