package org.familyportal.portal.interfaces.web.request;

import jakarta.enterprise.context.ApplicationScoped;
import org.familyportal.portal.infrastructure.database.DatabaseOutage;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * The last choices the request forms read from MariaDB (municipalities, topics), served again while
 * the database cannot be reached, so that a family still sees the whole form, and can send it when the
 * database is back, instead of an error page. Fresh values are read whenever the database answers.
 */
@ApplicationScoped
public class LastKnownChoices {

    private static final Logger LOG = Logger.getLogger(LastKnownChoices.class.getName());

    private final Map<String, Object> lastKnown = new ConcurrentHashMap<>();

    /** {@code load()}, remembered under {@code key}; the remembered value when the database is out of reach. */
    @SuppressWarnings("unchecked")
    <T> T read(String key, Supplier<T> load) {
        try {
            T fresh = load.get();
            lastKnown.put(key, fresh);
            return fresh;
        } catch (RuntimeException e) {
            Object last = lastKnown.get(key);
            if (last == null || !DatabaseOutage.isCause(e)) {
                throw e;
            }
            LOG.fine(() -> "The database is out of reach; the form shows the last known " + key);
            return (T) last;
        }
    }
}
