package org.familyportal.portal.application.provider;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.familyportal.portal.infrastructure.mail.MailOutbox;

import java.text.MessageFormat;
import java.time.Instant;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The mails of the organisations' door, in the recipient's language (the one they signed up in),
 * queued in the outbox within the caller's transaction. Written as plain text (the outbox adds the HTML
 * alternative rendered from it); they carry links and the names of organisations, never a phone or a
 * password. A confirmation link is a credential: the outbox forgets it once delivered, or when it lapses.
 */
@ApplicationScoped
public class ProviderMails {

    @Inject
    MailOutbox outbox;

    @Inject
    @ConfigProperty(name = "portal.public-url", defaultValue = "http://localhost:8080")
    String publicUrl;

    void confirmation(String to, Locale language, String token, Instant lapses, long validHours) {
        ResourceBundle texts = texts(language);
        outbox.queueCredential(to, texts.getString("mail.providers.confirm.subject"),
                MessageFormat.format(texts.getString("mail.providers.confirm.body"),
                        link("/for-organisations/confirm.xhtml?token=" + token), validHours), texts.getLocale(), lapses);
    }

    void alreadyRegistered(String to, Locale language) {
        ResourceBundle texts = texts(language);
        outbox.queue(to, texts.getString("mail.providers.registered.subject"),
                MessageFormat.format(texts.getString("mail.providers.registered.body"), link("/sign-in.xhtml"),
                        link("/forgot-password.xhtml")), texts.getLocale());
    }

    void approved(String to, Locale language, String organisation) {
        ResourceBundle texts = texts(language);
        outbox.queue(to, MessageFormat.format(texts.getString("mail.providers.approved.subject"), organisation),
                MessageFormat.format(texts.getString("mail.providers.approved.body"), organisation,
                        link("/organisation/index.xhtml")), texts.getLocale());
    }

    void rejected(String to, Locale language, String organisation, String reason) {
        ResourceBundle texts = texts(language);
        outbox.queue(to, MessageFormat.format(texts.getString("mail.providers.rejected.subject"), organisation),
                MessageFormat.format(texts.getString("mail.providers.rejected.body"), organisation, reason,
                        link("/organisation/index.xhtml")), texts.getLocale());
    }

    private String link(String path) {
        return publicUrl.replaceAll("/+$", "") + path;
    }

    private static ResourceBundle texts(Locale language) {
        return ResourceBundle.getBundle("i18n.messages", language == null ? Locale.forLanguageTag("ru") : language);
    }
}
