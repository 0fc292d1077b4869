package org.familyportal.portal.application.request;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.familyportal.portal.domain.centre.Member;
import org.familyportal.portal.domain.request.HelpRequest;
import org.familyportal.portal.infrastructure.mail.MailOutbox;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Mails about requests to the people who must act. They carry the request number and a link, never
 * personal data: the details are behind the sign-in of the workspace.
 */
@ApplicationScoped
public class RequestAlerts {

    /**
     * Staff mails (centres' specialists, administrators) are in Russian, the working language of the
     * centres; so is the mail to an organisation's public address, whose reader is unknown. Members of
     * partner organisations get theirs in their own language ({@link RecipientLanguages}).
     */
    private static final Locale STAFF_LANGUAGE = Locale.forLanguageTag("ru");

    @Inject
    Memberships memberships;

    @Inject
    MailOutbox outbox;

    @Inject
    RequestSettings settings;

    @Inject
    Instance<RecipientLanguages> languages;

    /**
     * The alert a routing gives, at intake as well as when a centre is set later: no centre, the
     * administrators; urgent, the centre's specialists on duty; otherwise none (the queue shows it).
     */
    public void routed(HelpRequest request) {
        if (request.getCentreId() == null) {
            unrouted(request);
        } else if (request.isUrgent()) {
            urgent(request);
        }
    }

    /**
     * An urgent request: the centre's specialists on duty hear of it at once (all its members when
     * nobody is on duty, the administrators when the centre has nobody at all).
     */
    public void urgent(HelpRequest request) {
        if (request.getCentreId() == null) {
            unrouted(request);
            return;
        }
        List<String> recipients = memberships.alertRecipients(request.getCentreId());
        if (recipients.isEmpty()) {
            String centre = memberships.organisationName(request.getCentreId());
            for (String recipient : memberships.administrators()) {
                outbox.queue(recipient, text(STAFF_LANGUAGE, "mail.urgent.noStaff.subject", request.getNumber()),
                        text(STAFF_LANGUAGE, "mail.urgent.noStaff.body", request.getNumber(), centre, link(request),
                                settings.publicUrl() + "/admin/centres.xhtml"), STAFF_LANGUAGE);
            }
            return;
        }
        for (String recipient : recipients) {
            outbox.queue(recipient, text(STAFF_LANGUAGE, "mail.urgent.subject", request.getNumber()),
                    text(STAFF_LANGUAGE, "mail.urgent.body", request.getNumber(), link(request)), STAFF_LANGUAGE);
        }
    }

    /**
     * No centre answers for the request's municipality: the administrators hear of it, to set one.
     * {@link RequestDeadlines} tells them again each deadline period until a centre is set.
     */
    public void unrouted(HelpRequest request) {
        for (String recipient : memberships.administrators()) {
            outbox.queue(recipient, text(STAFF_LANGUAGE, "mail.unrouted.subject", request.getNumber()),
                    text(STAFF_LANGUAGE, "mail.unrouted.body", request.getNumber(), request.getMunicipalityCode(),
                            settings.publicUrl() + "/admin/centres.xhtml"), STAFF_LANGUAGE);
        }
    }

    /**
     * Not acknowledged in time: the centre's heads hear of it; without heads, those an urgent alert
     * reaches; in a centre without anybody, the administrators.
     */
    public void overdue(HelpRequest request) {
        if (request.getCentreId() == null) {
            unrouted(request);
            return;
        }
        List<String> recipients = memberships.heads(request.getCentreId());
        if (recipients.isEmpty()) {
            recipients = memberships.alertRecipients(request.getCentreId());
        }
        if (recipients.isEmpty()) {
            recipients = memberships.administrators();
        }
        for (String recipient : recipients) {
            outbox.queue(recipient, text(STAFF_LANGUAGE, "mail.overdue.subject", request.getNumber()),
                    text(STAFF_LANGUAGE, "mail.overdue.body", request.getNumber(), link(request)), STAFF_LANGUAGE);
        }
    }

    /** A partner organisation received a referral. */
    public void referred(String organizationId, String requestNumber) {
        for (Member member : memberships.members(organizationId)) {
            Locale language = languageOf(member);
            outbox.queue(member.email(), text(language, "mail.referral.subject", requestNumber),
                    text(language, "mail.referral.body", requestNumber, settings.publicUrl() + "/organisation/referrals.xhtml"
                            + ("en".equals(language.getLanguage()) ? "?lang=en" : "")), language);
        }
    }

    /**
     * A partner organisation without members on the portal received a referral: its public address gets
     * a signed link ({@code link}, valid {@code validDays} days) to answer it, and the invitation to claim its
     * listing. Like every alert, the mail carries the request number and links, never personal data.
     */
    public void referredByLink(String address, String requestNumber, String organisationName, String link, long validDays) {
        outbox.queue(address, text(STAFF_LANGUAGE, "mail.referralLink.subject", requestNumber),
                text(STAFF_LANGUAGE, "mail.referralLink.body", requestNumber, organisationName, link, validDays,
                        settings.publicUrl() + "/for-organisations.xhtml"), STAFF_LANGUAGE);
    }

    private String link(HelpRequest request) {
        return settings.publicUrl() + "/centre/request.xhtml?id=" + request.getId();
    }

    private Locale languageOf(Member member) {
        if (languages.isUnsatisfied() || languages.isAmbiguous()) {
            return STAFF_LANGUAGE;
        }
        return languages.get().of(member.accountId()).orElse(STAFF_LANGUAGE);
    }

    private static String text(Locale language, String key, Object... arguments) {
        return MessageFormat.format(ResourceBundle.getBundle("i18n.messages", language).getString(key), arguments);
    }
}
