package org.familyportal.portal.infrastructure.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.familyportal.portal.infrastructure.persistence.InstantConverter;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;

/**
 * Queues a mail in the current transaction; {@link MailDelivery} sends it once the transaction
 * commits, and retries it on its own schedule when the server does not take it. Also what
 * administrators see of the outbox: the counts and the dead letters, which they may hand back.
 */
@ApplicationScoped
public class MailOutbox {

    private static final Locale DEFAULT_LANGUAGE = Locale.forLanguageTag("ru");

    private final Clock clock = Clock.systemUTC();

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    Event<MailQueued> queued;

    @Inject
    MailDelivery delivery;

    /** Fired for each queued mail; observed after a successful commit. */
    public record MailQueued(long id) {
    }

    /** A mail given up after the give-up time, as administrators see it (no personal data: staff mails carry none). */
    public record DeadLetter(long id, String recipient, String subject, Instant createdAt, Instant deadAt,
                             int attempts, String lastError) {
    }

    /** What the outbox holds now: pending mails (and the oldest of them), dead letters. */
    public record State(long pending, Instant oldestPending, long dead) {
    }

    /**
     * A mail written in Russian (the portal's first language). Prefer {@link #queue(String, String, String, Locale)}:
     * a mail is written in its recipient's language.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void queue(String recipient, String subject, String body) {
        queue(recipient, subject, body, DEFAULT_LANGUAGE);
    }

    /**
     * A mail whose plain text {@code body} is written in {@code language}: it goes out with a plain-text
     * part and an HTML part rendered from the same text ({@link MailHtml}).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void queue(String recipient, String subject, String body, Locale language) {
        queue(recipient, subject, body, language, null);
    }

    /** Like {@link #queueCredential(String, String, String, Locale, Instant)}, in Russian. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void queueCredential(String recipient, String subject, String body, Instant lapses) {
        queueCredential(recipient, subject, body, DEFAULT_LANGUAGE, lapses);
    }

    /**
     * A mail that carries a credential (a password-reset link) valid until {@code lapses}: its body is
     * cleared once it is delivered, and it is deleted, sent or not, when the credential lapses.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void queueCredential(String recipient, String subject, String body, Locale language, Instant lapses) {
        queue(recipient, subject, body, language, java.util.Objects.requireNonNull(lapses));
    }

    /** The language tag stored with a mail: "en" or "ru", the two the portal writes in. */
    static String languageTag(Locale language) {
        return language != null && "en".equals(language.getLanguage()) ? "en" : "ru";
    }

    private void queue(String recipient, String subject, String body, Locale language, Instant lapses) {
        LocalDateTime now = InstantConverter.utc(clock.instant());
        em.createNativeQuery("INSERT INTO mail_outbox (recipient, subject, body, language, created_at, next_attempt_at,"
                        + " trying_since, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .setParameter(1, recipient).setParameter(2, subject).setParameter(3, body)
                .setParameter(4, languageTag(language))
                .setParameter(5, now).setParameter(6, now).setParameter(7, now)
                .setParameter(8, InstantConverter.utc(lapses)).executeUpdate();
        long id = ((Number) em.createNativeQuery("SELECT LAST_INSERT_ID()").getSingleResult()).longValue();
        queued.fire(new MailQueued(id));
    }

    /**
     * Right after the commit, the new mail alone goes out, on a thread of its own: a commit never
     * retries older mails (their schedule does) and never waits for the SMTP server.
     */
    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) MailQueued mail) {
        delivery.sendSoon(mail.id());
    }

    public State state() {
        Object[] row = (Object[]) em.createNativeQuery("SELECT"
                + " (SELECT COUNT(*) FROM mail_outbox WHERE sent_at IS NULL AND dead_at IS NULL),"
                + " (SELECT MIN(created_at) FROM mail_outbox WHERE sent_at IS NULL AND dead_at IS NULL),"
                + " (SELECT COUNT(*) FROM mail_outbox WHERE dead_at IS NOT NULL)")
                .setHint("jakarta.persistence.query.timeout", 2000).getSingleResult();
        return new State(((Number) row[0]).longValue(), instant(row[1]), ((Number) row[2]).longValue());
    }

    /** The dead letters, newest first. */
    public List<DeadLetter> deadLetters(int max) {
        List<?> rows = em.createNativeQuery("SELECT id, recipient, subject, created_at, dead_at, attempts, last_error"
                + " FROM mail_outbox WHERE dead_at IS NOT NULL ORDER BY dead_at DESC, id DESC LIMIT ?")
                .setParameter(1, max).getResultList();
        return rows.stream().map(r -> (Object[]) r).map(r -> new DeadLetter(((Number) r[0]).longValue(), (String) r[1],
                (String) r[2], instant(r[3]), instant(r[4]), ((Number) r[5]).intValue(), (String) r[6])).toList();
    }

    /**
     * Hands dead letters back to delivery ({@code id} null: all of them): due at once, with a fresh
     * give-up time and backoff. Returns how many; they are sent after the commit.
     */
    @Transactional
    public int retry(Long id) {
        LocalDateTime now = InstantConverter.utc(clock.instant());
        List<?> ids = id == null
                ? em.createNativeQuery("SELECT id FROM mail_outbox WHERE dead_at IS NOT NULL FOR UPDATE").getResultList()
                : em.createNativeQuery("SELECT id FROM mail_outbox WHERE dead_at IS NOT NULL AND id = ? FOR UPDATE")
                        .setParameter(1, id).getResultList();
        for (Object each : ids) {
            long mail = ((Number) each).longValue();
            em.createNativeQuery("UPDATE mail_outbox SET dead_at = NULL, attempts = 0, next_attempt_at = ?, trying_since = ?"
                    + " WHERE id = ? AND dead_at IS NOT NULL")
                    .setParameter(1, now).setParameter(2, now).setParameter(3, mail).executeUpdate();
            queued.fire(new MailQueued(mail));
        }
        return ids.size();
    }

    private static Instant instant(Object value) {
        return InstantConverter.instant(value);
    }
}
