package org.familyportal.portal.infrastructure.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.sql.Timestamp;
import java.time.Clock;

/** Queues a mail in the current transaction; {@link MailDelivery} sends it once the transaction commits. */
@ApplicationScoped
public class MailOutbox {

    private final Clock clock = Clock.systemUTC();

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    Event<MailQueued> queued;

    /** Fired after mails were queued; observed after a successful commit. */
    public record MailQueued() {
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void queue(String recipient, String subject, String body) {
        em.createNativeQuery("INSERT INTO mail_outbox (recipient, subject, body, created_at) VALUES (?, ?, ?, ?)")
                .setParameter(1, recipient).setParameter(2, subject).setParameter(3, body)
                .setParameter(4, Timestamp.from(clock.instant())).executeUpdate();
        queued.fire(new MailQueued());
    }
}
