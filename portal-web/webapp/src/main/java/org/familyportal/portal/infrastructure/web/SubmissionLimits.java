package org.familyportal.portal.infrastructure.web;

import java.time.Clock;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts requests per client in fixed one-minute windows: the first {@code perMinute} pass, the rest
 * wait for the next minute. Memory stays bounded: stale windows are dropped as new ones come.
 */
public final class SubmissionLimits {

    private static final long WINDOW_MILLIS = 60_000;
    private static final int SWEEP_ABOVE = 10_000;

    private final int perMinute;
    private final Clock clock;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    private static final class Window {
        final long start;
        int count;

        Window(long start) {
            this.start = start;
        }
    }

    public SubmissionLimits(int perMinute, Clock clock) {
        this.perMinute = perMinute;
        this.clock = clock;
    }

    /** Whether one more request of {@code client} may pass now; a limit of 0 or less lets all pass. */
    public boolean tryPass(String client) {
        if (perMinute <= 0) {
            return true;
        }
        long now = clock.millis();
        if (windows.size() > SWEEP_ABOVE) {
            sweep(now);
        }
        Window window = windows.compute(client, (key, current) ->
                current == null || now - current.start >= WINDOW_MILLIS ? new Window(now) : current);
        synchronized (window) {
            window.count++;
            return window.count <= perMinute;
        }
    }

    /** Seconds until the client's window ends (for Retry-After). */
    public long secondsToWait(String client) {
        Window window = windows.get(client);
        return window == null ? 0 : Math.max(1, (WINDOW_MILLIS - (clock.millis() - window.start)) / 1000);
    }

    private void sweep(long now) {
        for (Iterator<Window> it = windows.values().iterator(); it.hasNext(); ) {
            if (now - it.next().start >= WINDOW_MILLIS) {
                it.remove();
            }
        }
    }
}
