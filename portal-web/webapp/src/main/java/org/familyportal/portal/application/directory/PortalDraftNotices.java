package org.familyportal.portal.application.directory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.familyportal.directory.application.port.DraftNotices;
import org.familyportal.portal.domain.account.UserAccount;
import org.familyportal.portal.domain.account.UserAccountRepository;
import org.familyportal.portal.infrastructure.mail.MailOutbox;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Tells a draft's author of the decision by mail, through the outbox (queued in the decision's
 * transaction), when the author has an enabled account: the text in Russian then English, plain,
 * with the link to the listing's page; a rejection quotes the moderator's reason.
 */
@ApplicationScoped
public class PortalDraftNotices implements DraftNotices {

    @Inject
    MailOutbox outbox;

    @Inject
    UserAccountRepository accounts;

    @Inject
    @ConfigProperty(name = "portal.public-url", defaultValue = "http://localhost:8080")
    String publicUrl;

    @Override
    public void approved(String author, String organizationId, String organizationName) {
        send(author, "mail.draft.approved.subject", "mail.draft.approved.body", organizationId, organizationName, "");
    }

    @Override
    public void rejected(String author, String organizationId, String organizationName, String reason) {
        send(author, "mail.draft.rejected.subject", "mail.draft.rejected.body", organizationId, organizationName, reason);
    }

    private void send(String author, String subject, String body, String organizationId, String name, String reason) {
        if (author == null || accounts.findByEmail(author).filter(UserAccount::isEnabled).isEmpty()) {
            return;
        }
        String base = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        String link = base + "/organisation/listing.xhtml?org=" + organizationId;
        outbox.queue(author, text("ru", subject, name) + " / " + text("en", subject, name),
                text("ru", body, name, reason, link) + "\n\n---\n\n" + text("en", body, name, reason, link));
    }

    private static String text(String language, String key, Object... arguments) {
        return MessageFormat.format(ResourceBundle.getBundle("i18n.messages", Locale.forLanguageTag(language)).getString(key),
                arguments);
    }
}
