package org.familyportal.portal.infrastructure.database;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.DatabaseLogin;
import org.eclipse.persistence.sessions.Session;

/**
 * EclipseLink retries a read that failed for want of a connection three times, five seconds apart:
 * while MariaDB is down or restarting, every page held its request thread for fifteen seconds per
 * query, and the help form could not even say that it cannot take requests now. One immediate retry
 * is kept: the connection pool validates connections and drops the dead ones, so a read that hit a
 * connection of a restarted server succeeds at once on a fresh one.
 */
public class FailFastOnOutage implements SessionCustomizer {

    @Override
    public void customize(Session session) {
        if (session.getDatasourceLogin() instanceof DatabaseLogin login) {
            login.setQueryRetryAttemptCount(1);
            login.setDelayBetweenConnectionAttempts(0);
        }
    }
}
