package org.familyportal.portal.interfaces.web;

import org.familyportal.shared.BusinessException;
import org.omnifaces.util.Messages;

/**
 * How a page runs what a person asked for: a {@link BusinessException} of any module (a rule of
 * the domain, a bad value, a change made by someone else meanwhile) becomes its localized message on
 * the page, and the form keeps what was typed; anything else is unexpected and goes to the error page.
 * The REST API maps the same exceptions once, in {@code ProblemResponses}.
 */
public final class BusinessOutcome {

    private BusinessOutcome() {
    }

    /** Runs {@code action}; true when it was done, false when it was refused (its message is shown). */
    public static boolean attempt(Runnable action) {
        try {
            action.run();
            return true;
        } catch (BusinessException e) {
            Messages.addGlobalError(e.messageKey(), e.arguments());
            return false;
        }
    }
}
