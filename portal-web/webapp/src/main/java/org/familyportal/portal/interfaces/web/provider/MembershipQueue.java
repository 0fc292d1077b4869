package org.familyportal.portal.interfaces.web.provider;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import org.familyportal.portal.application.InvalidRequestException;
import org.familyportal.portal.application.provider.MembershipReview;
import org.omnifaces.util.Messages;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Backing bean of {@code moderation/memberships.xhtml}: the claims waiting, approved or rejected with a reason. */
@Named
@ViewScoped
public class MembershipQueue implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient MembershipReview review;

    @Inject
    transient SecurityContext security;

    private final Map<Long, String> reasons = new HashMap<>();
    private transient List<MembershipReview.PendingClaim> pending;

    public List<MembershipReview.PendingClaim> getPending() {
        if (pending == null) {
            pending = review.pending();
        }
        return pending;
    }

    public void approve(long claimId) {
        try {
            review.approve(claimId, security.getCallerPrincipal().getName());
            Messages.addGlobalInfo("providers.review.approved");
        } catch (InvalidRequestException e) {
            Messages.addGlobalError(e.messageKey(), e.arguments());
        }
        pending = null;
    }

    public void reject(long claimId) {
        try {
            review.reject(claimId, reasons.get(claimId), security.getCallerPrincipal().getName());
            reasons.remove(claimId);
            Messages.addGlobalInfo("providers.review.rejected");
        } catch (InvalidRequestException e) {
            Messages.addGlobalError(e.messageKey(), e.arguments());
        }
        pending = null;
    }

    public Map<Long, String> getReasons() {
        return reasons;
    }
}
