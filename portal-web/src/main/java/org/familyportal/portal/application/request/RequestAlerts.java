package org.familyportal.portal.application.request;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.familyportal.portal.domain.request.HelpRequest;
import org.familyportal.portal.infrastructure.mail.MailOutbox;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Mails about requests to the people who must act. They carry the request number and a link, never
 * personal data: the details are behind the sign-in of the workspace.
 */
@ApplicationScoped
public class RequestAlerts {

    /** Staff mails are in Russian, the working language of the centres. */
    private static final Locale STAFF_LANGUAGE = Locale.forLanguageTag("ru");

    @Inject
    Memberships memberships;

    @Inject
    MailOutbox outbox;

    @Inject
    RequestSettings settings;

    /** An urgent request: the centre's specialists on duty hear of it at once. */
    public void urgent(HelpRequest request) {
        if (request.getCentreId() == null) {
            return;
        }
        for (String recipient : memberships.alertRecipients(request.getCentreId())) {
            outbox.queue(recipient, text("mail.urgent.subject", request.getNumber()),
                    text("mail.urgent.body", request.getNumber(), link(request)));
        }
    }

    /** No centre answers for the request's municipality: the administrators hear of it, to set one. */
    public void unrouted(HelpRequest request) {
        for (String recipient : memberships.administrators()) {
            outbox.queue(recipient, text("mail.unrouted.subject", request.getNumber()),
                    text("mail.unrouted.body", request.getNumber(), request.getMunicipalityCode(),
                            settings.publicUrl() + "/admin/centres.xhtml"));
        }
    }

    /** Not acknowledged in time: the centre's heads hear of it. */
    public void overdue(HelpRequest request) {
        if (request.getCentreId() == null) {
            return;
        }
        for (String recipient : memberships.heads(request.getCentreId())) {
            outbox.queue(recipient, text("mail.overdue.subject", request.getNumber()),
                    text("mail.overdue.body", request.getNumber(), link(request)));
        }
    }

    /** A partner organisation received a referral. */
    public void referred(String organizationId, String requestNumber) {
        for (Memberships.Member member : memberships.members(organizationId)) {
            outbox.queue(member.email(), text("mail.referral.subject", requestNumber),
                    text("mail.referral.body", requestNumber, settings.publicUrl() + "/organisation/referrals.xhtml"));
        }
    }

    private String link(HelpRequest request) {
        return settings.publicUrl() + "/centre/request.xhtml?id=" + request.getId();
    }

    private static String text(String key, Object... arguments) {
        return MessageFormat.format(ResourceBundle.getBundle("i18n.messages", STAFF_LANGUAGE).getString(key), arguments);
    }
}
