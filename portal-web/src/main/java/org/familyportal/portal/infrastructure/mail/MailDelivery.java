package org.familyportal.portal.infrastructure.mail;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.familyportal.portal.infrastructure.persistence.DatabaseMigration;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends what the outbox holds over SMTP ({@code portal.mail.*}): at once after the transaction that
 * queued it commits, and every half minute for whatever could not be sent before. A mail is marked
 * sent only after the server accepted it; a failure is counted and retried.
 */
@ApplicationScoped
public class MailDelivery {

    private static final Logger LOG = Logger.getLogger(MailDelivery.class.getName());
    private static final int BATCH = 50;
    private static final int MAX_ATTEMPTS = 20;

    private final ReentrantLock sending = new ReentrantLock();

    @Resource(lookup = DatabaseMigration.DATA_SOURCE)
    DataSource dataSource;

    @Resource
    ManagedScheduledExecutorService executor;

    private java.util.concurrent.ScheduledFuture<?> retries;

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

    /** Right after the commit, on another thread, without holding up the person who caused the mail. */
    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) MailOutbox.MailQueued queued) {
        executor.execute(this::deliverPending);
    }

    /** From the start of the application, whatever could not be sent is tried again every half minute. */
    void start(@Observes @Initialized(ApplicationScoped.class) Object application) {
        retries = executor.scheduleWithFixedDelay(this::deliverPending, 30, 30, java.util.concurrent.TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        if (retries != null) {
            retries.cancel(false);
        }
    }

    /** Sends pending mails; returns how many were sent. One sender at a time, so nothing goes twice. */
    public int deliverPending() {
        sending.lock();
        try {
            return deliverPendingNow();
        } finally {
            sending.unlock();
        }
    }

    private int deliverPendingNow() {
        int sent = 0;
        try (Connection c = dataSource.getConnection()) {
            List<Object[]> pending = new ArrayList<>();
            try (PreparedStatement q = c.prepareStatement("SELECT id, recipient, subject, body FROM mail_outbox"
                    + " WHERE sent_at IS NULL AND attempts < ? ORDER BY id LIMIT " + BATCH)) {
                q.setInt(1, MAX_ATTEMPTS);
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        pending.add(new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)});
                    }
                }
            }
            if (pending.isEmpty()) {
                return 0;
            }
            Session session = session();
            for (Object[] mail : pending) {
                String error = send(session, (String) mail[1], (String) mail[2], (String) mail[3]);
                try (PreparedStatement u = c.prepareStatement(error == null
                        ? "UPDATE mail_outbox SET sent_at = ?, attempts = attempts + 1 WHERE id = ?"
                        : "UPDATE mail_outbox SET last_error = ?, attempts = attempts + 1 WHERE id = ?")) {
                    if (error == null) {
                        u.setTimestamp(1, Timestamp.from(Instant.now()));
                        sent++;
                    } else {
                        u.setString(1, error.length() > 500 ? error.substring(0, 500) : error);
                    }
                    u.setLong(2, (Long) mail[0]);
                    u.executeUpdate();
                }
            }
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "Cannot read the mail outbox", e);
        }
        return sent;
    }

    private String send(Session session, String recipient, String subject, String body) {
        try {
            MimeMessage message = new MimeMessage(session);
            message.setFrom(new InternetAddress(from));
            message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(recipient));
            message.setSubject(subject, "UTF-8");
            message.setText(body, "UTF-8");
            message.setSentDate(new Date());
            Transport.send(message);
            return null;
        } catch (MessagingException e) {
            LOG.warning(() -> "Mail to " + recipient + " not sent yet: " + e.getMessage());
            return String.valueOf(e.getMessage());
        }
    }

    private Session session() {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", host);
        properties.put("mail.smtp.port", Integer.toString(port));
        properties.put("mail.smtp.connectiontimeout", "5000");
        properties.put("mail.smtp.timeout", "10000");
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
