package org.familyportal.portal.domain.request;

import java.util.EnumSet;
import java.util.Set;

/** Where a referral to a partner organisation stands; the centre sees it change (closed loop). */
public enum ReferralStatus {
    SENT, ACCEPTED, DECLINED, COMPLETED;

    public Set<ReferralStatus> next() {
        return switch (this) {
            case SENT -> EnumSet.of(ACCEPTED, DECLINED);
            case ACCEPTED -> EnumSet.of(COMPLETED, DECLINED);
            case DECLINED, COMPLETED -> EnumSet.noneOf(ReferralStatus.class);
        };
    }

    public boolean canMoveTo(ReferralStatus target) {
        return next().contains(target);
    }
}
