package org.familyportal.portal.application.directory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.familyportal.directory.application.port.DraftNotices;
import org.familyportal.portal.domain.account.UserAccount;
import org.familyportal.portal.domain.account.UserAccountRepository;
import org.familyportal.portal.domain.provider.ProviderMembershipRepository;
import org.familyportal.portal.domain.provider.Representative;
import org.familyportal.portal.infrastructure.mail.MailOutbox;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * Tells a draft's author of the decision by mail, through the outbox (queued in the decision's
 * transaction), when the author has an enabled account: in the author's language (a representative's
 * is the one they signed up in; staff read Russian), with the link to the listing's page; a rejection
 * quotes the moderator's reason. The outbox adds the HTML alternative, where the reason stays text.
 */
@ApplicationScoped
public class PortalDraftNotices implements DraftNotices {

    private static final Locale STAFF_LANGUAGE = Locale.forLanguageTag("ru");

    @Inject
    MailOutbox outbox;

    @Inject
    UserAccountRepository accounts;

    @Inject
    ProviderMembershipRepository providers;

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
        Optional<UserAccount> account = author == null ? Optional.empty()
                : accounts.findByEmail(author).filter(UserAccount::isEnabled);
        if (account.isEmpty()) {
            return;
        }
        Locale language = providers.representative(account.get().getId()).map(Representative::getLanguage)
                .filter(l -> "en".equals(l.getLanguage())).orElse(STAFF_LANGUAGE);
        String base = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        String link = base + "/organisation/listing.xhtml?org=" + organizationId
                + ("en".equals(language.getLanguage()) ? "&lang=en" : "");
        outbox.queue(author, text(language, subject, name), text(language, body, name, reason, link), language);
    }

    private static String text(Locale language, String key, Object... arguments) {
        return MessageFormat.format(ResourceBundle.getBundle("i18n.messages", language).getString(key), arguments);
    }
}
