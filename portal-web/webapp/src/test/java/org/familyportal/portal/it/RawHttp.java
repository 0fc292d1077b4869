package org.familyportal.portal.it;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 over a plain socket, for what a well-behaved client library refuses to send: raw
 * non-UTF-8 bytes in a query, malformed or duplicated headers, any Content-Type. One request per
 * connection; the answer is read to its end (chunked bodies decoded).
 */
final class RawHttp {

    /** An answer: status, headers (names in lower case, the last value of each), body as UTF-8. */
    record Answer(int status, Map<String, String> headers, String body) {

        String contentType() {
            return headers.getOrDefault("content-type", "");
        }
    }

    private final String host;
    private final int port;
    private final String contextPath;

    RawHttp(URL portal) {
        this.host = portal.getHost();
        this.port = portal.getPort();
        this.contextPath = portal.getPath().replaceAll("/$", "");
    }

    /** {@code path} of the portal ("/find-help.xhtml") as the server sees it (with the context path). */
    String path(String path) {
        return contextPath + path;
    }

    /**
     * Sends {@code head} (request line and headers, without the blank line) and {@code body}. A server
     * may answer early and close while the body is still being written (a 401 before it reads a byte
     * of an unauthenticated body, a 413 for a body it will not read), as HTTP allows. The client then
     * sees a broken pipe, and the close with unread data may reset the connection, which can discard
     * an answer not read yet. So the answer is read while the request is written, and what arrived
     * before a reset is kept: only when no complete answer came at all is it a failure.
     */
    Answer send(byte[] head, byte[] body) {
        try (Socket socket = new Socket(host, port)) {
            socket.setSoTimeout(30_000);
            ByteArrayOutputStream received = new ByteArrayOutputStream();
            IOException[] readFailure = new IOException[1];
            Thread reader = new Thread(() -> {
                byte[] buffer = new byte[8192];
                try {
                    InputStream in = socket.getInputStream();
                    for (int n; (n = in.read(buffer)) >= 0; ) {
                        synchronized (received) {
                            received.write(buffer, 0, n);
                        }
                    }
                } catch (IOException e) {
                    readFailure[0] = e;
                }
            }, "raw-http-reader");
            reader.start();
            IOException writeFailure = null;
            try {
                OutputStream out = socket.getOutputStream();
                out.write(head);
                out.write("Connection: close\r\n".getBytes(StandardCharsets.US_ASCII));
                if (body != null) {
                    out.write(("Content-Length: " + body.length + "\r\n").getBytes(StandardCharsets.US_ASCII));
                }
                out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                if (body != null) {
                    out.write(body);
                }
                out.flush();
            } catch (IOException closedEarly) {
                writeFailure = closedEarly;
            }
            reader.join(35_000);
            byte[] answer;
            synchronized (received) {
                answer = received.toByteArray();
            }
            try {
                return parse(answer);
            } catch (IOException | RuntimeException incomplete) {
                IOException failure = new IOException(incomplete.getMessage()
                        + (readFailure[0] == null ? "" : "; reading: " + readFailure[0].getMessage())
                        + (writeFailure == null ? "" : "; writing: " + writeFailure.getMessage()));
                throw failure;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        } catch (IOException e) {
            throw new AssertionError("Request failed: " + e.getMessage(), e);
        }
    }

    static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static Answer parse(byte[] raw) throws IOException {
        int end = indexOf(raw, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII), 0);
        if (end < 0) {
            throw new IOException("No complete answer (" + raw.length + " bytes)");
        }
        String[] lines = new String(raw, 0, end, StandardCharsets.ISO_8859_1).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                headers.put(lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).strip());
            }
        }
        byte[] body = java.util.Arrays.copyOfRange(raw, end + 4, raw.length);
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            body = dechunk(body);
        }
        return new Answer(status, headers, new String(body, StandardCharsets.UTF_8));
    }

    private static byte[] dechunk(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int at = 0;
        while (at < body.length) {
            int lineEnd = indexOf(body, new byte[] {'\r', '\n'}, at);
            if (lineEnd < 0) {
                break;
            }
            String sizeText = new String(body, at, lineEnd - at, StandardCharsets.US_ASCII).split(";")[0].strip();
            int size = sizeText.isEmpty() ? 0 : Integer.parseInt(sizeText, 16);
            if (size == 0) {
                break;
            }
            out.write(body, lineEnd + 2, Math.min(size, body.length - lineEnd - 2));
            at = lineEnd + 2 + size + 2;
        }
        return out.toByteArray();
    }

    private static int indexOf(byte[] data, byte[] pattern, int from) {
        outer:
        for (int i = from; i <= data.length - pattern.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (data[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
