package org.familyportal.portal.infrastructure.database;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

/**
 * Tells a failure because MariaDB cannot be reached (down, restarting, refusing connections) from
 * other failures, by the exception's causes: a connection error of the driver (SQL state class 08),
 * a refused socket, or the pool unable to allocate a connection. The first kind is expected while
 * the database restarts and needs no stack trace in the log.
 */
public final class DatabaseOutage {

    private DatabaseOutage() {
    }

    public static boolean isCause(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLNonTransientConnectionException || t instanceof SQLTransientConnectionException
                    || t instanceof ConnectException) {
                return true;
            }
            if (t instanceof SQLException sql) {
                String state = sql.getSQLState();
                String message = String.valueOf(sql.getMessage());
                if (state != null && state.startsWith("08") || message.contains("Error in allocating a connection")) {
                    return true;
                }
            }
        }
        return false;
    }
}
