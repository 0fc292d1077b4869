package org.familyportal.portal.it;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * A real SMTP server (GreenMail) in the test JVM, on a free loopback port, started before Payara so
 * the portal's mails can be read back by the tests.
 */
public final class TestMail {

    private static GreenMail server;
    private static int port;

    private TestMail() {
    }

    public static synchronized GreenMail server() {
        if (server == null) {
            port = freePort();
            ServerSetup setup = new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
            // A busy build machine may need more than GreenMail's default two seconds to bind.
            setup.setServerStartupTimeout(30_000);
            server = new GreenMail(setup);
            server.start();
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "greenmail-stop"));
        }
        return server;
    }

    /** The SMTP port, the same while the server is stopped and after it started again. */
    public static synchronized int port() {
        server();
        return port;
    }

    /** Stops the SMTP server: the portal's attempts fail as against a server that is down. */
    public static synchronized void stop() {
        server().stop();
    }

    /** Starts the SMTP server again on the same port (what it received before is forgotten). */
    public static synchronized void start() {
        for (int attempt = 1; !server().isRunning(); attempt++) {
            try {
                server().start();
            } catch (IllegalStateException e) {
                server().stop();
                if (attempt == 5) {
                    throw e;
                }
                try {
                    Thread.sleep(1000);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    /** The mails {@code recipient} got so far whose subject contains {@code text}, waiting up to {@code wait}. */
    public static List<MimeMessage> to(String recipient, String text, Duration wait) throws Exception {
        return atLeast(recipient, text, 1, wait);
    }

    /** Like {@link #to}, waiting until there are at least {@code count} such mails. */
    public static List<MimeMessage> atLeast(String recipient, String text, int count, Duration wait) throws Exception {
        long until = System.nanoTime() + wait.toNanos();
        while (true) {
            List<MimeMessage> found = Arrays.stream(server().getReceivedMessagesForDomain(recipient))
                    .filter(m -> {
                        try {
                            return m.getSubject() != null && m.getSubject().contains(text)
                                    && Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().equalsIgnoreCase(recipient));
                        } catch (Exception e) {
                            return false;
                        }
                    }).toList();
            if (found.size() >= count || System.nanoTime() > until) {
                return found;
            }
            Thread.sleep(200);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
