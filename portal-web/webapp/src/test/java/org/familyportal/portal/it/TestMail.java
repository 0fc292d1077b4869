package org.familyportal.portal.it;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

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

    /**
     * The plain text of a mail: its {@code text/plain} part (a multipart/alternative mail's first), or the
     * whole body of a plain-text mail.
     */
    public static String text(MimeMessage mail) throws Exception {
        String type = mail.getContentType();
        return part(mail, "text/plain").orElseThrow(() -> new AssertionError("no text/plain part: " + type));
    }

    /** The HTML part of a mail, if it has one. */
    public static Optional<String> html(MimeMessage mail) throws Exception {
        return part(mail, "text/html");
    }

    /**
     * Checks that {@code mail} is a multipart/alternative of a plain-text part then an HTML part that
     * says the same (its visible text, entities read, equals the plain text but for list dashes and
     * white space), and returns the HTML.
     */
    public static String alternatives(MimeMessage mail) throws Exception {
        if (!mail.isMimeType("multipart/alternative")) {
            throw new AssertionError("not multipart/alternative: " + mail.getContentType());
        }
        Multipart parts = (Multipart) mail.getContent();
        if (parts.getCount() != 2 || !parts.getBodyPart(0).isMimeType("text/plain") || !parts.getBodyPart(1).isMimeType("text/html")) {
            throw new AssertionError("expected text/plain then text/html, got " + parts.getCount() + " parts");
        }
        String text = String.valueOf(parts.getBodyPart(0).getContent());
        String html = String.valueOf(parts.getBodyPart(1).getContent());
        int body = html.indexOf("<body");
        String visible = html.substring(html.indexOf('>', body) + 1, html.indexOf("</body>")).replaceAll("<[^>]*>", " ")
                .replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&");
        String plain = text.replaceAll("(?m)^- ", " ");
        if (!words(visible).equals(words(plain))) {
            throw new AssertionError("the HTML part says something else than the text part:\n" + text + "\n---\n" + html);
        }
        return html;
    }

    private static String words(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }

    private static Optional<String> part(Part part, String type) throws Exception {
        if (part.isMimeType(type)) {
            return Optional.of(String.valueOf(part.getContent()));
        }
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                Optional<String> found = part(multipart.getBodyPart(i), type);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
