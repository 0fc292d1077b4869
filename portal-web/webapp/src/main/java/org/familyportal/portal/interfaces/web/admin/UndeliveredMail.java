package org.familyportal.portal.interfaces.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import org.familyportal.portal.application.audit.AuditTrail;
import org.familyportal.portal.domain.audit.AuditAction;
import org.familyportal.portal.infrastructure.mail.MailOutbox;
import org.omnifaces.util.Messages;

import java.io.Serializable;
import java.util.List;

/**
 * Backing bean of {@code admin/mail.xhtml}: what the outbox holds, and the dead letters (mails the
 * SMTP server did not take within the give-up time), each of which an administrator can hand back.
 */
@Named
@ViewScoped
public class UndeliveredMail implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int SHOWN = 200;

    @Inject
    transient MailOutbox outbox;

    @Inject
    transient AuditTrail audit;

    @Inject
    transient SecurityContext security;

    private transient MailOutbox.State state;
    private transient List<MailOutbox.DeadLetter> deadLetters;

    public void retry(long id) {
        handBack(id);
    }

    public void retryAll() {
        handBack(null);
    }

    private void handBack(Long id) {
        int count = outbox.retry(id);
        if (count > 0) {
            audit.recordRead(security.getCallerPrincipal().getName(), AuditAction.CHANGE, null,
                    id == null ? count + " dead letters handed back to delivery" : "dead letter " + id + " handed back to delivery");
        }
        Messages.addGlobalInfo(count > 0 ? "admin.mail.retried" : "admin.mail.nothingToRetry", count);
        state = null;
        deadLetters = null;
    }

    /** Read once per rendering (again after an action). */
    public MailOutbox.State getState() {
        if (state == null) {
            state = outbox.state();
        }
        return state;
    }

    public List<MailOutbox.DeadLetter> getDeadLetters() {
        if (deadLetters == null) {
            deadLetters = outbox.deadLetters(SHOWN);
        }
        return deadLetters;
    }

}
