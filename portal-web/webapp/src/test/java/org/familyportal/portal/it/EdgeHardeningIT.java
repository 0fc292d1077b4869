package org.familyportal.portal.it;

import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The HTTP edge of the portal: what a request must not be able to do before the application has
 * decided to take it (read a huge body, use an odd path, an odd method, a forged Host header) and
 * what every answer carries. Most requests here are written by hand on a socket: an HTTP client
 * library would normalise the path, refuse the Host header or wait for the whole body to be sent.
 */
@PortalContainerTest
class EdgeHardeningIT {

    private static final int MB = 1024 * 1024;

    @ArquillianResource
    URL portal;

    // --- bodies ---

    @Test
    void aTelephonyCallWithoutATokenIsRefusedBeforeItsBodyIsRead() throws Exception {
        Answer answer = streamed("POST", "/api/telephony/calls", "application/json", 20 * MB, true, Map.of());
        assertEquals(401, answer.status, answer.head);
        assertTrue(answer.sentWhenAnswered < 20 * MB,
                "answered after " + answer.sentWhenAnswered + " bytes: the whole body was read first");
    }

    @Test
    void anOversizeChunkedCallWithATokenIsStoppedAtTheLimitAndExplained() throws Exception {
        PortalClient admin = new PortalClient(portal);
        SignInIT.signIn(admin, TestDatabase.ADMIN_EMAIL, TestDatabase.get().adminPassword());
        HttpResponse<String> tokens = admin.get("/admin/api-tokens.xhtml");
        String token = Requests.find(admin.submit("/admin/api-tokens.xhtml", tokens.body(), "tokens", "issue",
                Map.of("name", "АТС " + System.nanoTime())).body(), "id=\"issued-token\">([^<]+)<");

        Answer answer = streamed("POST", "/api/telephony/calls", "application/json", 20 * MB, true,
                Map.of("Authorization", "Bearer " + token, "Accept-Language", "en"));
        assertEquals(413, answer.status, answer.head);
        assertTrue(answer.head.toLowerCase(Locale.ROOT).contains("application/problem+json"), answer.head);
        assertTrue(answer.body.contains("The request body is too large"), answer.body);
        assertTrue(answer.sentWhenAnswered < 20 * MB,
                "answered after " + answer.sentWhenAnswered + " bytes: the whole body was read first");
    }

    @Test
    void aChunkedFormIsNotTakenPastTheLimit() throws Exception {
        // The container parses forms itself, past any wrapper: a form must say its length.
        Answer answer = streamed("POST", "/ask-for-help.xhtml", "application/x-www-form-urlencoded", 3 * MB, true,
                Map.of());
        assertTrue(answer.status >= 400 && answer.status < 500, answer.head);
        assertTrue(answer.body.contains("Не удалось обработать запрос"), "the site's own error page");
    }

    @Test
    void anOversizeUploadToAPageIsAClientErrorNeverA500() throws Exception {
        Answer answer = streamed("POST", "/ask-for-help.xhtml", "multipart/form-data; boundary=x", 60 * MB, false,
                Map.of());
        assertEquals(413, answer.status, answer.head);
        assertTrue(answer.sentWhenAnswered < 60 * MB, "refused before the upload was read");
    }

    @Test
    void anUploadCannotReachAPublicPageThroughTheAdminArea() throws Exception {
        // Before, the multipart gate looked at the raw address: "/admin/../ask-for-help.xhtml" passed
        // it, and Faces parsed 50 MB for an anonymous visitor.
        Answer answer = streamed("POST", "/admin/../ask-for-help.xhtml", "multipart/form-data; boundary=x", 50 * MB,
                false, Map.of());
        assertTrue(answer.status == 404 || answer.status == 413, answer.head);
        assertTrue(answer.sentWhenAnswered < 50 * MB, "refused before the upload was read");
    }

    // --- paths and methods ---

    @ParameterizedTest
    @ValueSource(strings = {"GET /admin/../admin/users.xhtml", "POST /admin/../admin/users.xhtml",
            "GET /admin/./users.xhtml", "GET /admin/%2e/users.xhtml", "GET //admin/users.xhtml",
            "POST /admin//users.xhtml", "GET /admin/users.xhtml/./", "GET /admin/../ask-for-help.xhtml",
            "GET /centre/../centre/queue.xhtml", "GET /%61dmin/%2e%2e/admin/users.xhtml"})
    void oddPathsAreNotFoundThroughTheSameFilters(String request) throws Exception {
        String[] parts = request.split(" ");
        String body = parts[0].equals("POST") ? "a=b" : "";
        Answer answer = raw(parts[0] + " " + prefix() + parts[1] + " HTTP/1.1\r\nHost: " + hostPort()
                + "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: " + body.length()
                + "\r\nConnection: close\r\n\r\n" + body);
        assertEquals(404, answer.status, request + "\n" + answer.head);
        assertTrue(answer.body.contains("Страница не найдена"), request);
        assertTrue(answer.header("X-Frame-Options").contains("DENY"), "the security headers are there: " + answer.head);
        assertTrue(answer.header("Content-Security-Policy").contains("default-src"), answer.head);
    }

    /**
     * A path that is not UTF-8 never reaches the portal: Payara's connector refuses it itself, a 4xx
     * with nothing in it, before any filter (so without the portal's page or problem+json).
     */
    @ParameterizedTest
    @ValueSource(strings = {"/api/hsds/services/%FF%FE", "/api/hsds/organizations/%C3%28", "/articles/%FF%FE",
            "/measures/%C3%28"})
    void aPathThatIsNotUtf8IsRefusedByTheServerItself(String path) throws Exception {
        Answer answer = raw("GET " + prefix() + path + " HTTP/1.1\r\nHost: " + hostPort() + "\r\nConnection: close\r\n\r\n");
        assertEquals(400, answer.status, answer.head);
        assertEquals("", answer.body, answer.head);
    }

    @ParameterizedTest
    @ValueSource(strings = {"CONNECT", "OPTIONS", "PROPFIND", "DELETE", "PUT"})
    void unusualMethodsAreAnsweredAtOnceAndTheConnectionClosed(String method) throws Exception {
        try (Socket socket = connect()) {
            long start = System.nanoTime();
            // No Connection: close from the client: the server must close by itself.
            socket.getOutputStream().write((method + " " + prefix() + "/ask-for-help.xhtml HTTP/1.1\r\nHost: "
                    + hostPort() + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            InputStream in = socket.getInputStream();
            int first = in.read();
            long answeredMillis = (System.nanoTime() - start) / 1_000_000;
            socket.setSoTimeout(10_000);
            Answer answer = read(in, first);
            long closedMillis = (System.nanoTime() - start) / 1_000_000;
            assertEquals(405, answer.status, answer.head);
            assertEquals("GET, HEAD, POST", answer.header("Allow"), answer.head);
            assertTrue(answeredMillis < 5_000, "answered after " + answeredMillis + " ms");
            if (!method.equals("CONNECT")) {
                // Grizzly reads whatever follows a CONNECT as its tunnel and holds that connection until its
                // idle timeout, whatever the answer says: only the answer itself can be made immediate.
                assertTrue(answer.closed && closedMillis < 5_000, "connection held for " + closedMillis + " ms");
            }
        }
    }

    @Test
    void traceIsRefusedByTheServerItself() throws Exception {
        long start = System.nanoTime();
        Answer answer = raw("TRACE " + prefix() + "/ask-for-help.xhtml HTTP/1.1\r\nHost: " + hostPort()
                + "\r\nConnection: close\r\n\r\n");
        assertEquals(405, answer.status, answer.head);
        assertTrue((System.nanoTime() - start) / 1_000_000 < 10_000);
    }

    // --- Host header, redirects ---

    @Test
    void aForgedHostHeaderNeverEntersAnAbsoluteUrl() throws Exception {
        Answer hsds = raw("GET " + prefix() + "/api/hsds HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n");
        assertEquals(200, hsds.status, hsds.head);
        assertFalse(hsds.body.contains("evil.example"), hsds.body);
        assertTrue(hsds.body.contains("\"openapi_url\":\"http://localhost:8080/openapi\""),
                "the configured portal.public-url: " + hsds.body);

        Answer directory = raw("GET " + prefix() + "/account HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n");
        assertTrue(directory.status / 100 == 3 || directory.status == 404, directory.head);
        assertFalse(directory.head.contains("evil.example"), directory.head);
    }

    @Test
    void theSignInRedirectDoesNotFollowTheHostHeader() throws Exception {
        Answer page = raw("GET " + prefix() + "/sign-in.xhtml HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n");
        String cookie = find(page.head, "(?i)Set-Cookie: (JSESSIONID=[^;\\r\\n]+)");
        String form = "signIn=signIn&signIn%3Aemail=" + encode(TestDatabase.ADMIN_EMAIL)
                + "&signIn%3Apassword=" + encode(TestDatabase.get().adminPassword()) + "&signIn%3Asubmit="
                + "&jakarta.faces.ViewState=" + encode(find(page.body, "name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\""))
                + "&primefaces.nonce=" + encode(find(page.body, "name=\"primefaces\\.nonce\" value=\"([^\"]+)\""));
        Answer signedIn = raw("POST " + prefix() + "/sign-in.xhtml HTTP/1.1\r\nHost: evil.example\r\nCookie: " + cookie
                + "\r\nX-Forwarded-For: 10.98." + (int) (Math.random() * 250) + ".7"
                + "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: " + form.length()
                + "\r\nConnection: close\r\n\r\n" + form);
        assertEquals(302, signedIn.status, signedIn.head + signedIn.body);
        assertEquals(prefix() + "/account/", signedIn.header("Location"), signedIn.head);
    }

    // --- what answers carry ---

    @Test
    void staffAnswersAreNeverStored() {
        PortalClient admin = new PortalClient(portal);
        SignInIT.signIn(admin, TestDatabase.ADMIN_EMAIL, TestDatabase.get().adminPassword());
        for (String path : new String[] {"/admin/users.xhtml", "/account/", "/find-help.xhtml"}) {
            HttpResponse<String> answer = admin.get(path);
            assertEquals(200, answer.statusCode(), path);
            assertEquals("no-store", answer.headers().firstValue("Cache-Control").orElse(""), path);
        }
        HttpResponse<String> anonymous = new PortalClient(portal).get("/find-help.xhtml");
        assertFalse(anonymous.headers().firstValue("Cache-Control").orElse("").contains("no-store"),
                "public pages stay cacheable by the browser");
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSite() {
        HttpResponse<String> page = new PortalClient(portal).get("/sign-in.xhtml");
        String cookie = page.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .findFirst().orElseThrow(() -> new AssertionError("no session cookie: " + page.headers()));
        String attributes = cookie.toLowerCase(Locale.ROOT);
        assertTrue(attributes.contains("httponly"), cookie);
        assertTrue(attributes.contains("samesite=lax"), cookie);
        // portal.public-url is http here: neither Secure nor HSTS (the https case: PublicAddressTest).
        assertFalse(attributes.contains("secure"), cookie);
        assertTrue(page.headers().firstValue("Strict-Transport-Security").isEmpty());
    }

    @Test
    void theServersMetricsAreNotPublic() {
        HttpResponse<String> metrics = new PortalClient(portal).getFromServerRoot("/metrics");
        assertEquals(404, metrics.statusCode(), metrics.body().substring(0, Math.min(200, metrics.body().length())));
        assertFalse(metrics.body().contains("# TYPE"));
    }

    // --- limits ---

    @Test
    void searchesAreLimitedGenerouslyPerClient() {
        PortalClient visitor = new PortalClient(portal).from("10.97.0.1");
        int refused = 0;
        for (int i = 0; i < 121; i++) {
            if (visitor.get("/api/search?q=").statusCode() == 429) {
                refused++;
            }
        }
        assertEquals(1, refused, "120 searches a minute pass (the test's setting), the next waits");
        assertEquals(429, visitor.get("/find-help.xhtml?q=" + encode("юрист")).statusCode(),
                "the page and the API share the client's quota");
        assertEquals(200, new PortalClient(portal).from("10.97.0.2").get("/find-help.xhtml").statusCode());
    }

    @Test
    void anIpv6ClientIsCountedByItsNetwork() {
        PortalClient first = new PortalClient(portal).from("2001:db8:97:1::1");
        for (int i = 0; i < 120; i++) {
            first.get("/api/search?q=");
        }
        PortalClient sameNetwork = new PortalClient(portal).from("2001:db8:97:1:ffff::2");
        assertEquals(429, sameNetwork.get("/api/search?q=").statusCode(), "the same /64");
        assertTrue(new PortalClient(portal).from("2001:db8:97:2::1").get("/api/search?q=").statusCode() != 429,
                "another /64");
    }

    // --- raw HTTP ---

    private record Answer(int status, String head, String body, long sentWhenAnswered, boolean closed) {
        String header(String name) {
            Matcher m = Pattern.compile("(?im)^" + Pattern.quote(name) + ":\\s*(.*?)\\r?$").matcher(head);
            return m.find() ? m.group(1) : "";
        }
    }

    private String prefix() {
        String path = portal.getPath();
        return path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    private String hostPort() {
        return portal.getHost() + ":" + portal.getPort();
    }

    private Socket connect() throws IOException {
        Socket socket = new Socket();
        socket.connect(new InetSocketAddress(portal.getHost(), portal.getPort()), 10_000);
        socket.setSoTimeout(40_000);
        return socket;
    }

    /** Sends {@code request} as it is and reads the answer until the server closes (or 40 s pass). */
    private Answer raw(String request) throws IOException {
        try (Socket socket = connect()) {
            socket.getOutputStream().write(request.getBytes(StandardCharsets.UTF_8));
            socket.getOutputStream().flush();
            return read(socket.getInputStream(), 0);
        }
    }

    /**
     * Sends a body of {@code size} bytes (chunked or with its length) from another thread while this one
     * waits for the answer, and tells how much of the body had been sent when the answer came.
     */
    private Answer streamed(String method, String path, String type, int size, boolean chunked,
                            Map<String, String> headers) throws Exception {
        try (Socket socket = connect()) {
            StringBuilder head = new StringBuilder(method + " " + prefix() + path + " HTTP/1.1\r\nHost: " + hostPort()
                    + "\r\nContent-Type: " + type + "\r\nX-Forwarded-For: 10.96." + (int) (Math.random() * 250) + "."
                    + (int) (1 + Math.random() * 250) + "\r\n");
            headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
            head.append(chunked ? "Transfer-Encoding: chunked\r\n" : "Content-Length: " + size + "\r\n").append("\r\n");
            AtomicLong sent = new AtomicLong();
            OutputStream out = socket.getOutputStream();
            out.write(head.toString().getBytes(StandardCharsets.UTF_8));
            Thread writer = new Thread(() -> {
                byte[] chunk = new byte[64 * 1024];
                Arrays.fill(chunk, (byte) 'a');
                try {
                    for (int written = 0; written < size; written += chunk.length) {
                        if (chunked) {
                            out.write((Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                        }
                        out.write(chunk);
                        if (chunked) {
                            out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                        }
                        sent.addAndGet(chunk.length);
                    }
                    if (chunked) {
                        out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                    }
                    out.flush();
                } catch (IOException closedByServer) {
                    // The server answered and closed: the rest is not wanted.
                }
            });
            writer.setDaemon(true);
            writer.start();
            InputStream in = socket.getInputStream();
            int first = in.read();
            long sentWhenAnswered = sent.get();
            Answer answer = read(in, first);
            writer.join(5_000);
            return new Answer(answer.status, answer.head, answer.body, sentWhenAnswered, answer.closed);
        }
    }

    /** Reads one answer (the first byte may have been read already), up to its end or the connection's. */
    private static Answer read(InputStream in, int first) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        if (first > 0) {
            bytes.write(first);
        }
        boolean closed = false;
        byte[] buffer = new byte[8192];
        try {
            int n;
            while ((n = in.read(buffer)) > 0) {
                bytes.write(buffer, 0, n);
                String text = bytes.toString(StandardCharsets.UTF_8);
                if (complete(text)) {
                    break;
                }
            }
            closed = n < 0 || in.read() < 0;
        } catch (SocketTimeoutException held) {
            closed = false;
        } catch (IOException reset) {
            closed = true;
        }
        String text = bytes.toString(StandardCharsets.UTF_8);
        int end = text.indexOf("\r\n\r\n");
        String head = end < 0 ? text : text.substring(0, end);
        String body = end < 0 ? "" : text.substring(end + 4);
        if (head.toLowerCase(Locale.ROOT).contains("transfer-encoding: chunked")) {
            body = dechunk(bytes.toByteArray(), bytes.toString(StandardCharsets.ISO_8859_1).indexOf("\r\n\r\n") + 4);
        }
        Matcher status = Pattern.compile("^HTTP/1\\.1 (\\d{3})").matcher(head);
        return new Answer(status.find() ? Integer.parseInt(status.group(1)) : -1, head, body, 0, closed);
    }

    /** Whether a whole answer is in (by its Content-Length, or the last chunk); else read on to the close. */
    private static boolean complete(String text) {
        int end = text.indexOf("\r\n\r\n");
        if (end < 0) {
            return false;
        }
        Matcher length = Pattern.compile("(?i)\\r\\nContent-Length: (\\d+)").matcher(text.substring(0, end));
        if (length.find()) {
            return text.substring(end + 4).getBytes(StandardCharsets.UTF_8).length >= Integer.parseInt(length.group(1));
        }
        return text.endsWith("\r\n0\r\n\r\n");
    }

    private static String dechunk(byte[] bytes, int from) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        int at = from;
        while (at < bytes.length) {
            int lineEnd = at;
            while (lineEnd + 1 < bytes.length && !(bytes[lineEnd] == '\r' && bytes[lineEnd + 1] == '\n')) {
                lineEnd++;
            }
            String sizeText = new String(bytes, at, lineEnd - at, StandardCharsets.US_ASCII).split(";")[0].strip();
            int size;
            try {
                size = Integer.parseInt(sizeText, 16);
            } catch (NumberFormatException e) {
                break;
            }
            if (size == 0) {
                break;
            }
            int start = lineEnd + 2;
            body.write(bytes, start, Math.min(size, bytes.length - start));
            at = start + size + 2;
        }
        return body.toString(StandardCharsets.UTF_8);
    }

    private static String find(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        if (!m.find()) {
            throw new AssertionError("Not found: " + regex + " in\n" + text);
        }
        return m.group(1);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
