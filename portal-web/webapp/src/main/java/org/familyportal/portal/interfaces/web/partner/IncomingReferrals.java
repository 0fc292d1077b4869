package org.familyportal.portal.interfaces.web.partner;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import org.familyportal.portal.application.InvalidRequestException;
import org.familyportal.portal.application.request.PartnerReferrals;
import org.familyportal.portal.domain.request.ReferralStatus;
import org.omnifaces.util.Messages;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Backing bean of {@code organisation/referrals.xhtml}: accept, decline with a reason, or complete. */
@Named
@ViewScoped
public class IncomingReferrals implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient PartnerReferrals referrals;

    @Inject
    transient SecurityContext security;

    private final Map<Long, String> answers = new HashMap<>();
    private transient List<PartnerReferrals.Incoming> incoming;

    public List<PartnerReferrals.Incoming> getIncoming() {
        if (incoming == null) {
            incoming = referrals.incoming(security.getCallerPrincipal().getName());
        }
        return incoming;
    }

    public void answer(long referralId, String status) {
        try {
            referrals.answer(security.getCallerPrincipal().getName(), referralId, ReferralStatus.valueOf(status),
                    answers.get(referralId));
            answers.remove(referralId);
            Messages.addGlobalInfo("partner.referral.answered");
        } catch (InvalidRequestException e) {
            Messages.addGlobalError(e.messageKey());
        } catch (IllegalArgumentException e) {
            Messages.addGlobalError("partner.referral.notAllowed");
        }
        incoming = null;
    }

    public Map<Long, String> getAnswers() {
        return answers;
    }
}
