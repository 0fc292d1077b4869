package org.familyportal.portal.infrastructure.mail;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import org.familyportal.portal.infrastructure.config.PortalDataSource;
import org.familyportal.portal.infrastructure.lease.JobLease;
import org.familyportal.portal.infrastructure.persistence.InstantConverter;

import javax.sql.DataSource;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends what the outbox holds over SMTP ({@code portal.mail.*}).
 * <ul>
 * <li>A new mail goes out right after the commit that queued it, on the container's asynchronous
 *     EJB threads: the commit sends only its own mails.</li>
 * <li>A mail the server did not take is tried again on its own {@link RetrySchedule}: a
 *     non-persistent container timer ({@code portal.mail.check-every}) sends the mails that are due.</li>
 * <li>After {@code portal.mail.give-up-after} it is a dead letter, for administrators to see.</li>
 * </ul>
 * Nothing here runs on the managed scheduled executor the deadline watch uses, and nothing takes a
 * lock: each attempt first claims its mail in the database (moves its next attempt past the SMTP
 * timeouts), so two senders, even on two servers, never send the same mail at the same time, and a
 * sender that dies mid-attempt leaves the mail due again once the claim runs out. The timer's passes
 * over due mails run on the server holding the {@link JobLease} {@value #JOB} (one server looks for
 * due mails, not all of them at once); a new mail is still tried at once by the server that queued it.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionManagement(TransactionManagementType.BEAN)
public class MailDelivery {

    private static final Logger LOG = Logger.getLogger(MailDelivery.class.getName());
    /** The name of the lease of the passes over due mails. */
    public static final String JOB = "mail-outbox";
    private static final int BATCH = 50;
    private static final int BATCHES_PER_PASS = 10;
    /** Longer than every SMTP timeout below together, so a claim outlives the attempt it covers. */
    private static final Duration CLAIM = Duration.ofMinutes(2);

    private final Clock clock = Clock.systemUTC();
    private final AtomicBoolean passRunning = new AtomicBoolean();

    @Resource(lookup = PortalDataSource.NAME)
    DataSource dataSource;

    @Resource
    TimerService timers;

    @Inject
    @ConfigProperty(name = "portal.mail.host", defaultValue = "localhost")
    String host;

    @Inject
    @ConfigProperty(name = "portal.mail.port", defaultValue = "25")
    int port;

    @Inject
    @ConfigProperty(name = "portal.mail.from", defaultValue = "noreply@family-portal.example")
    String from;

    @Inject
    @ConfigProperty(name = "portal.mail.user")
    Optional<String> user;

    @Inject
    @ConfigProperty(name = "portal.mail.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "portal.mail.starttls", defaultValue = "false")
    boolean startTls;

    @Inject
    @ConfigProperty(name = "portal.mail.check-every", defaultValue = "PT15S")
    Duration checkEvery;

    @Inject
    @ConfigProperty(name = "portal.mail.retry-first", defaultValue = "PT30S")
    Duration retryFirst;

    @Inject
    @ConfigProperty(name = "portal.mail.retry-longest", defaultValue = "PT15M")
    Duration retryLongest;

    @Inject
    @ConfigProperty(name = "portal.mail.give-up-after", defaultValue = "PT24H")
    Duration giveUpAfter;

    @Inject
    JobLease lease;

    private RetrySchedule schedule;

    @PostConstruct
    void start() {
        schedule = new RetrySchedule(retryFirst, retryLongest, giveUpAfter);
        long every = Math.max(1000, checkEvery.toMillis());
        timers.createIntervalTimer(every, every, new TimerConfig("mail-outbox", false));
    }

    /** The rule mails are retried by. */
    public RetrySchedule schedule() {
        return schedule;
    }

    /** Tries one new mail at once, without holding up the caller. */
    @Asynchronous
    public void sendSoon(long id) {
        try {
            attempt(id);
        } catch (SQLException | RuntimeException e) {
            LOG.log(Level.WARNING, "Mail " + id + " not tried now; the outbox timer tries it again", e);
        }
    }

    @Timeout
    void onTimer() {
        if (lease.acquire(JOB, JobLease.leaseFor(checkEvery))) {
            deliverDue();
        }
    }

    @jakarta.annotation.PreDestroy
    void stop() {
        try {
            lease.release(JOB);
        } catch (RuntimeException e) {
            // Shutting down: the lease lapses by itself.
        }
    }

    /**
     * Tries every mail whose next attempt is due; returns how many were sent. A pass that is still
     * running (a slow SMTP server) is not joined: this one returns at once.
     */
    public int deliverDue() {
        if (!passRunning.compareAndSet(false, true)) {
            return 0;
        }
        int sent = 0;
        try {
            forgetLapsed();
            for (int batch = 0; batch < BATCHES_PER_PASS; batch++) {
                List<Long> due = due();
                int sentNow = 0;
                for (long id : due) {
                    if (attempt(id) == Outcome.SENT) {
                        sentNow++;
                    }
                }
                sent += sentNow;
                // Another batch only while the server takes mails: a server that is down costs one batch a turn.
                if (due.size() < BATCH || sentNow < due.size()) {
                    break;
                }
            }
        } catch (SQLException | RuntimeException e) {
            LOG.log(Level.WARNING, "Cannot read the mail outbox; trying again at the next turn", e);
        } finally {
            passRunning.set(false);
        }
        return sent;
    }

    /**
     * Mails that carry a credential (a reset link) and were not sent before it lapsed are deleted,
     * dead letters among them too: nobody can use them any more, and the link must not wait in the
     * database. (Sent ones lose their body when they are sent.)
     */
    private void forgetLapsed() throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement delete = c.prepareStatement("DELETE FROM mail_outbox WHERE expires_at IS NOT NULL"
                     + " AND expires_at <= ? AND sent_at IS NULL")) {
            delete.setObject(1, InstantConverter.utc(clock.instant()));
            int forgotten = delete.executeUpdate();
            if (forgotten > 0) {
                LOG.warning(() -> forgotten + " unsent mails with a credential lapsed and were deleted");
            }
        }
    }

    private List<Long> due() throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement q = c.prepareStatement("SELECT id FROM mail_outbox WHERE sent_at IS NULL AND dead_at IS NULL"
                     + " AND next_attempt_at <= ? ORDER BY next_attempt_at, id LIMIT " + BATCH)) {
            q.setObject(1, InstantConverter.utc(clock.instant()));
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
        }
        return ids;
    }

    enum Outcome { NOT_DUE, SENT, RETRY, DEAD }

    /** One attempt at one mail, if it is still due and nobody else is at it. */
    Outcome attempt(long id) throws SQLException {
        Instant now = clock.instant();
        String recipient;
        String subject;
        String body;
        String language;
        int attempts;
        Instant tryingSince;
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement claim = c.prepareStatement("UPDATE mail_outbox SET next_attempt_at = ? WHERE id = ?"
                    + " AND sent_at IS NULL AND dead_at IS NULL AND next_attempt_at <= ?"
                    + " AND (expires_at IS NULL OR expires_at > ?)")) {
                claim.setObject(1, InstantConverter.utc(now.plus(CLAIM)));
                claim.setLong(2, id);
                claim.setObject(3, InstantConverter.utc(now));
                claim.setObject(4, InstantConverter.utc(now));
                if (claim.executeUpdate() == 0) {
                    return Outcome.NOT_DUE;
                }
            }
            try (PreparedStatement q = c.prepareStatement("SELECT recipient, subject, body, attempts, trying_since, language"
                    + " FROM mail_outbox WHERE id = ?")) {
                q.setLong(1, id);
                try (ResultSet rs = q.executeQuery()) {
                    rs.next();
                    recipient = rs.getString(1);
                    subject = rs.getString(2);
                    body = rs.getString(3);
                    attempts = rs.getInt(4);
                    tryingSince = InstantConverter.instant(rs.getObject(5, LocalDateTime.class));
                    language = rs.getString(6);
                }
            }
        }
        // No database connection is held while the SMTP server takes its time.
        String error;
        boolean hopeless = false;
        InternetAddress[] to = null;
        try {
            to = InternetAddress.parse(recipient, true);
        } catch (AddressException e) {
            // No server will ever take it: a dead letter at once, not a day of attempts.
            hopeless = true;
        }
        if (to == null) {
            error = "Not a mail address: " + recipient;
        } else {
            try {
                send(to, subject, body, language);
                error = null;
            } catch (MessagingException e) {
                error = String.valueOf(e.getMessage());
            }
        }
        Instant after = clock.instant();
        int failures = attempts + 1;
        try (Connection c = dataSource.getConnection()) {
            if (error == null) {
                // A credential's mail keeps no copy of it once delivered.
                update(c, "UPDATE mail_outbox SET sent_at = ?, attempts = ?, next_attempt_at = NULL,"
                                + " body = CASE WHEN expires_at IS NULL THEN body ELSE '' END WHERE id = ?",
                        InstantConverter.utc(after), failures, id);
                return Outcome.SENT;
            }
            String lastError = error.length() > 500 ? error.substring(0, 500) : error;
            if (hopeless || schedule.givesUp(tryingSince, after)) {
                update(c, "UPDATE mail_outbox SET dead_at = ?, attempts = ?, last_error = ?, next_attempt_at = NULL WHERE id = ?",
                        InstantConverter.utc(after), failures, lastError, id);
                LOG.severe(() -> "Mail " + id + " to " + recipient + " given up after " + failures
                        + " attempts since " + tryingSince + ": " + lastError + ". Administrators can retry it on the outbox page.");
                return Outcome.DEAD;
            }
            Instant next = schedule.nextAttempt(failures, tryingSince, after);
            update(c, "UPDATE mail_outbox SET attempts = ?, last_error = ?, next_attempt_at = ? WHERE id = ?",
                    failures, lastError, InstantConverter.utc(next), id);
            LOG.warning(() -> "Mail " + id + " not sent yet (attempt " + failures + "): " + lastError + "; next attempt at " + next);
            return Outcome.RETRY;
        }
    }

    private static void update(Connection c, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement u = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                u.setObject(i + 1, parameters[i]);
            }
            u.executeUpdate();
        }
    }

    private void send(InternetAddress[] to, String subject, String body, String language) throws MessagingException {
        MimeMessage message = new MimeMessage(session());
        message.setFrom(new InternetAddress(from));
        message.setRecipients(Message.RecipientType.TO, to);
        message.setSubject(subject, "UTF-8");
        if (language == null) {
            // Queued before mails had an HTML part: sent as it was written.
            message.setText(body, "UTF-8");
        } else {
            message.setContent(alternative(subject, body, Locale.forLanguageTag(language)));
            message.setHeader("Content-Language", language);
        }
        message.setSentDate(new Date());
        Transport.send(message);
    }

    /** The plain text first, then the HTML rendered from it: mail readers show the last one they can. */
    static MimeMultipart alternative(String subject, String body, Locale language) throws MessagingException {
        MimeBodyPart text = new MimeBodyPart();
        text.setText(body, "UTF-8");
        MimeBodyPart html = new MimeBodyPart();
        html.setText(MailHtml.render(subject, body, language), "UTF-8", "html");
        MimeMultipart alternative = new MimeMultipart("alternative");
        alternative.addBodyPart(text);
        alternative.addBodyPart(html);
        return alternative;
    }

    private Session session() {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", host);
        properties.put("mail.smtp.port", Integer.toString(port));
        properties.put("mail.smtp.connectiontimeout", "5000");
        properties.put("mail.smtp.timeout", "10000");
        properties.put("mail.smtp.writetimeout", "10000");
        properties.put("mail.smtp.starttls.enable", Boolean.toString(startTls));
        if (user.isPresent()) {
            properties.put("mail.smtp.auth", "true");
            return Session.getInstance(properties, new jakarta.mail.Authenticator() {
                @Override
                protected PasswordAuthentication getPasswordAuthentication() {
                    return new PasswordAuthentication(user.get(), password.orElse(""));
                }
            });
        }
        return Session.getInstance(properties);
    }
}
