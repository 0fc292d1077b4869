package org.familyportal.portal.infrastructure.lease;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import org.familyportal.portal.infrastructure.persistence.InstantConverter;
import org.familyportal.portal.infrastructure.config.PortalDataSource;

import javax.sql.DataSource;
import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The lease of a scheduled job in the database ({@code job_lease}): a server runs a job's turn only
 * when {@link #acquire} says it holds the lease. The holder renews it at every turn; the others are
 * refused until it expires, so a job runs on one server at a time, and moves to another server within
 * one lease time when its holder dies. Each step is one atomic statement (an {@code INSERT IGNORE} of a
 * job nobody held yet, or an {@code UPDATE} that matches only while the lease is this holder's or has
 * expired), so two servers asking at the same moment never both get it; no connection or transaction
 * is held between turns.
 * <p>
 * A lease must be longer than a turn of its job: a turn that outlives it may overlap with the next
 * holder's. Jobs choose it as a few of their periods (see {@link #leaseFor}).
 */
@ApplicationScoped
public class JobLease {

    private static final Logger LOG = Logger.getLogger(JobLease.class.getName());

    /** What one lease row says. */
    public record Holding(String job, String holder, Instant acquiredAt, Instant expiresAt) {
    }

    @Resource(lookup = PortalDataSource.NAME)
    DataSource dataSource;

    private final Clock clock;
    private final String holder;

    /** For CDI: this server is the holder, named by host, process and a random part (unique per start). */
    public JobLease() {
        this(null, Clock.systemUTC(), serverName());
    }

    /** Outside a container (tests): {@code holder} on {@code dataSource}, at {@code clock}'s time. */
    public JobLease(DataSource dataSource, Clock clock, String holder) {
        this.dataSource = dataSource;
        this.clock = clock;
        this.holder = Objects.requireNonNull(holder);
    }

    /** The name this server holds leases under. */
    public String holder() {
        return holder;
    }

    /** A lease time for a job that runs every {@code period}: three periods, at least five minutes. */
    public static Duration leaseFor(Duration period) {
        Duration three = period.multipliedBy(3);
        return three.compareTo(Duration.ofMinutes(5)) < 0 ? Duration.ofMinutes(5) : three;
    }

    /**
     * Takes or renews the lease of {@code job} for {@code length} from now; true when this server
     * holds it now (and should run the job's turn). A database that cannot be reached means no.
     */
    public boolean acquire(String job, Duration length) {
        Instant now = clock.instant();
        LocalDateTime until = InstantConverter.utc(now.plus(length));
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement insert = c.prepareStatement("INSERT IGNORE INTO job_lease (job, holder, acquired_at, expires_at)"
                    + " VALUES (?, ?, ?, ?)")) {
                insert.setString(1, job);
                insert.setString(2, holder);
                insert.setObject(3, InstantConverter.utc(now));
                insert.setObject(4, until);
                if (insert.executeUpdate() == 1) {
                    return true;
                }
            }
            // Renewed by its holder, or taken over once expired; acquired_at moves only when it changes hands.
            try (PreparedStatement take = c.prepareStatement("UPDATE job_lease SET"
                    + " acquired_at = CASE WHEN holder = ? THEN acquired_at ELSE ? END, holder = ?, expires_at = ?"
                    + " WHERE job = ? AND (holder = ? OR expires_at <= ?)")) {
                take.setString(1, holder);
                take.setObject(2, InstantConverter.utc(now));
                take.setString(3, holder);
                take.setObject(4, until);
                take.setString(5, job);
                take.setString(6, holder);
                take.setObject(7, InstantConverter.utc(now));
                return take.executeUpdate() == 1;
            }
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "Cannot take the lease of " + job + "; its turn is skipped here", e);
            return false;
        }
    }

    /** Gives the lease of {@code job} up, if this server holds it, so another server may take it at once. */
    public void release(String job) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement release = c.prepareStatement("UPDATE job_lease SET expires_at = ? WHERE job = ? AND holder = ?")) {
            release.setObject(1, InstantConverter.utc(clock.instant()));
            release.setString(2, job);
            release.setString(3, holder);
            release.executeUpdate();
        } catch (SQLException e) {
            LOG.log(Level.FINE, "Cannot release the lease of " + job + "; it expires by itself", e);
        }
    }

    /** Who holds (or last held) the lease of {@code job}. */
    public Optional<Holding> holding(String job) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement q = c.prepareStatement("SELECT holder, acquired_at, expires_at FROM job_lease WHERE job = ?")) {
            q.setString(1, job);
            try (ResultSet rs = q.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Holding(job, rs.getString(1),
                        InstantConverter.instant(rs.getObject(2, LocalDateTime.class)),
                        InstantConverter.instant(rs.getObject(3, LocalDateTime.class))));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the lease of " + job, e);
        }
    }

    private static String serverName() {
        String runtime = ManagementFactory.getRuntimeMXBean().getName();
        String name = runtime + "/" + UUID.randomUUID().toString().substring(0, 8);
        return name.length() > 128 ? name.substring(name.length() - 128) : name;
    }
}
