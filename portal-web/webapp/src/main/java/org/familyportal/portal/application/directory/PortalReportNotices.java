package org.familyportal.portal.application.directory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.familyportal.directory.application.port.ReportNotices;
import org.familyportal.portal.infrastructure.mail.MailOutbox;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * A report of wrong information as a mail to a member of the organisation, in their language
 * (Russian or English), queued in the outbox in the report's transaction: the service's name, its
 * public page and where to answer. Nothing of the reporter: their words are read signed in.
 */
@ApplicationScoped
public class PortalReportNotices implements ReportNotices {

    @Inject
    MailOutbox outbox;

    @Inject
    @ConfigProperty(name = "portal.public-url", defaultValue = "http://localhost:8080")
    String publicUrl;

    @Override
    public void reported(Reported notice) {
        boolean english = "en".equals(notice.to().locale().getLanguage());
        ResourceBundle bundle = ResourceBundle.getBundle("i18n.messages", english ? Locale.ENGLISH : Locale.forLanguageTag("ru"));
        String base = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        String page = base + "/service.xhtml?id=" + notice.serviceId() + (english ? "&lang=en" : "");
        String answer = base + "/organisation/reports.xhtml" + (english ? "?lang=en" : "");
        outbox.queue(notice.to().email(), text(bundle, "mail.report.subject", notice.serviceName()),
                text(bundle, "mail.report.body", notice.serviceName(), notice.organizationName(), page, answer));
    }

    private static String text(ResourceBundle bundle, String key, Object... arguments) {
        return new MessageFormat(bundle.getString(key), bundle.getLocale()).format(arguments);
    }
}
