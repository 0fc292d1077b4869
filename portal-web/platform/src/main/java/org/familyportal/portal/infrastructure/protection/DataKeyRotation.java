package org.familyportal.portal.infrastructure.protection;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.familyportal.portal.infrastructure.config.PortalDataSource;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The rotation of the data key, run at every start in the background: whatever is not sealed with
 * the current key ({@code PORTAL_DATA_KEY}) is re-encrypted with it, so rotating a key is: set the new
 * key as {@code PORTAL_DATA_KEY}, the old one as {@code PORTAL_DATA_KEY_PREVIOUS}, restart, wait for
 * "nothing left to re-encrypt" (the log, or {@code /health/ready}), remove the old key. Administrators
 * can also start a run on {@code /admin/data-key.xhtml}. Values no configured key opens are reported
 * loudly: the configured key is not the one the data was sealed with.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@TransactionManagement(TransactionManagementType.BEAN)
public class DataKeyRotation {

    private static final Logger LOG = Logger.getLogger(DataKeyRotation.class.getName());

    @Resource(lookup = PortalDataSource.NAME)
    DataSource dataSource;

    @Resource
    ManagedExecutorService executor;

    @Inject
    DataProtectionSettings settings;

    /** Each context's encrypted columns. */
    @Inject
    @Any
    Instance<SealedColumns> contexts;

    private final AtomicBoolean running = new AtomicBoolean();
    private volatile KeyRotation.Result last;

    /** What the data key looks like now: its id, values left under other keys, unreadable ones among a sample. */
    public record State(String keyId, int remaining, int unreadable, boolean running, KeyRotation.Result lastRun) {
    }

    @PostConstruct
    void atStart() {
        if (settings.isConfigured()) {
            // The key (and a passphrase's salt, committed on its own) exists before anything is sealed.
            settings.protection();
            start();
        }
    }

    /** Starts a run in the background unless one is under way; false if one was. */
    public boolean start() {
        if (!running.compareAndSet(false, true)) {
            return false;
        }
        executor.execute(() -> {
            try (Connection connection = dataSource.getConnection()) {
                connection.setAutoCommit(true);
                KeyRotation.Result result = new KeyRotation(settings.protection(), columns()).run(connection);
                last = result;
                if (result.unreadable() > 0) {
                    LOG.severe(() -> result.unreadable() + " encrypted values cannot be decrypted with the configured data"
                            + " key (key id " + settings.protection().currentKeyId() + "): set PORTAL_DATA_KEY to the key"
                            + " they were sealed with, or list it in PORTAL_DATA_KEY_PREVIOUS. Staff see them as"
                            + " 'cannot decrypt'.");
                } else if (result.resealed() > 0) {
                    LOG.info(() -> result.resealed() + " encrypted values re-encrypted with the data key "
                            + settings.protection().currentKeyId() + "; nothing left to re-encrypt");
                }
            } catch (SQLException | RuntimeException e) {
                LOG.log(Level.WARNING, "Re-encrypting personal data with the current key failed; it is tried again at"
                        + " the next start", e);
            } finally {
                running.set(false);
            }
        });
        return true;
    }

    public State state() throws SQLException {
        DataProtection protection = settings.protection();
        KeyRotation rotation = new KeyRotation(protection, columns());
        try (Connection connection = dataSource.getConnection()) {
            return new State(protection.currentKeyId(), rotation.remaining(connection),
                    rotation.unreadableSample(connection), running.get(), last);
        }
    }

    private List<SealedColumns.Column> columns() {
        return contexts.stream().flatMap(context -> context.columns().stream()).toList();
    }
}
