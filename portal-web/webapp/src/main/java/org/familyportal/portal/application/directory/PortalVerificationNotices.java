package org.familyportal.portal.application.directory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.familyportal.directory.application.port.VerificationNotices;
import org.familyportal.portal.infrastructure.mail.MailOutbox;

import java.text.MessageFormat;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The verification reminders as mails, in the recipient's language (Russian or English), queued in the
 * outbox in the job's transaction. They list the services by name with links to their public pages
 * and say how to confirm them; nothing personal.
 */
@ApplicationScoped
public class PortalVerificationNotices implements VerificationNotices {

    @Inject
    MailOutbox outbox;

    @Inject
    @ConfigProperty(name = "portal.public-url", defaultValue = "http://localhost:8080")
    String publicUrl;

    @Override
    public void send(Notice notice) {
        Locale locale = "en".equals(notice.to().locale().getLanguage()) ? Locale.ENGLISH : Locale.forLanguageTag("ru");
        ResourceBundle bundle = ResourceBundle.getBundle("i18n.messages", locale);
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
        String base = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        StringBuilder list = new StringBuilder();
        for (Listed service : notice.services()) {
            String verified = service.verified() == null ? text(bundle, "mail.verification.neverVerified")
                    : dates.format(service.verified());
            list.append("- ").append(service.name()).append(" (").append(text(bundle, "mail.verification.verifiedOn", verified))
                    .append(")\n  ").append(base).append("/service.xhtml?id=").append(service.serviceId())
                    .append(locale == Locale.ENGLISH ? "&lang=en" : "").append('\n');
        }
        String kind = notice.escalation() ? "escalation" : "reminder";
        String how = notice.toMembers() ? text(bundle, "mail.verification.howMembers")
                : text(bundle, "mail.verification.howOrganisation", base + "/for-organisations.xhtml"
                        + (locale == Locale.ENGLISH ? "?lang=en" : ""));
        String subject = text(bundle, "mail.verification." + kind + ".subject", notice.organizationName());
        String body = text(bundle, "mail.verification." + kind + ".body", notice.organizationName(), list.toString().stripTrailing(),
                dates.format(notice.staleOn()), how);
        outbox.queue(notice.to().email(), subject, body, locale);
    }

    private static String text(ResourceBundle bundle, String key, Object... arguments) {
        return new MessageFormat(bundle.getString(key), bundle.getLocale()).format(arguments);
    }

}
