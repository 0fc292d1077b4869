package org.familyportal.portal.infrastructure.web;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.zip.GZIPOutputStream;

import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * Compresses text answers (pages, style sheets, scripts, JSON) with gzip for browsers that accept it:
 * a page of results weighs a fifth of itself on a weak phone connection. OmniFaces 4 no longer has a
 * gzip filter, and Payara Micro's listener compression would have to be configured apart in every
 * way the portal is started (the launcher, the tests, another server); this filter travels with the
 * WAR.
 * <p>
 * The choice is made when the body is first written, by its content type: images, archives, uploads
 * answered as they are, partial content (ranges), answers without a body (HEAD, 204, 304) and errors
 * sent with {@code sendError} (their page is rendered by the container afterwards) are never
 * touched. {@code Vary: Accept-Encoding} tells caches that the answer depends on the header.
 */
public class CompressionFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    private static final Set<String> COMPRESSIBLE = Set.of("text/html", "text/css", "text/javascript",
            "application/javascript", "application/json", "application/problem+json", "application/xml",
            "text/xml", "text/plain", "text/csv", "image/svg+xml", "application/xhtml+xml");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!accepts(request.getHeader("Accept-Encoding")) || "HEAD".equals(request.getMethod())
                || request.getHeader("Range") != null) {
            chain.doFilter(request, new VaryingResponse(response));
            return;
        }
        GzipResponse gzip = new GzipResponse(response);
        try {
            chain.doFilter(request, gzip);
        } finally {
            if (request.isAsyncStarted()) {
                request.getAsyncContext().addListener(new FinishOnComplete(gzip));
            } else {
                gzip.finish();
            }
        }
    }

    /** Whether the client takes gzip ({@code gzip} listed without {@code q=0}). */
    static boolean accepts(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        for (String part : acceptEncoding.split(",")) {
            String[] coding = part.trim().toLowerCase(Locale.ROOT).split(";");
            if (coding[0].trim().equals("gzip") || coding[0].trim().equals("x-gzip")) {
                for (int i = 1; i < coding.length; i++) {
                    String parameter = coding[i].replace(" ", "");
                    if (parameter.startsWith("q=")) {
                        try {
                            return Double.parseDouble(parameter.substring(2)) > 0;
                        } catch (NumberFormatException e) {
                            return false;
                        }
                    }
                }
                return true;
            }
        }
        return false;
    }

    static boolean compressible(String contentType) {
        if (contentType == null) {
            return false;
        }
        int semicolon = contentType.indexOf(';');
        String type = (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT);
        return COMPRESSIBLE.contains(type);
    }

    /** Says {@code Vary: Accept-Encoding} on compressible answers to clients that did not ask for gzip. */
    private static final class VaryingResponse extends HttpServletResponseWrapper {

        VaryingResponse(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void setContentType(String type) {
            super.setContentType(type);
            if (compressible(type) && !getHeaders("Vary").contains("Accept-Encoding")) {
                addHeader("Vary", "Accept-Encoding");
            }
        }
    }

    /** Decides at the first byte whether the body is compressed, and holds back its length if it is. */
    static final class GzipResponse extends HttpServletResponseWrapper {

        private enum State { UNDECIDED, PLAIN, GZIP }

        private State state = State.UNDECIDED;
        private long contentLength = -1;
        private GzipStream stream;
        private PrintWriter writer;

        GzipResponse(HttpServletResponse response) {
            super(response);
        }

        private HttpServletResponse wrapped() {
            return (HttpServletResponse) getResponse();
        }

        private void decide() {
            if (state != State.UNDECIDED) {
                return;
            }
            int status = getStatus();
            boolean compress = compressible(getContentType()) && status >= 200 && status != 204 && status != 206
                    && status != 304 && !containsHeader("Content-Encoding") && !isCommitted();
            if (compress) {
                state = State.GZIP;
                wrapped().setHeader("Content-Encoding", "gzip");
                wrapped().addHeader("Vary", "Accept-Encoding");
            } else {
                state = State.PLAIN;
                if (contentLength >= 0) {
                    wrapped().setContentLengthLong(contentLength);
                }
            }
        }

        @Override
        public void setContentLength(int length) {
            setContentLengthLong(length);
        }

        @Override
        public void setContentLengthLong(long length) {
            if (state == State.PLAIN) {
                super.setContentLengthLong(length);
            } else if (state == State.UNDECIDED) {
                contentLength = length;
            }
        }

        @Override
        public void setHeader(String name, String value) {
            if ("Content-Length".equalsIgnoreCase(name)) {
                setContentLengthLong(Long.parseLong(value.trim()));
            } else {
                super.setHeader(name, value);
            }
        }

        @Override
        public void addHeader(String name, String value) {
            if ("Content-Length".equalsIgnoreCase(name)) {
                setContentLengthLong(Long.parseLong(value.trim()));
            } else {
                super.addHeader(name, value);
            }
        }

        @Override
        public void setIntHeader(String name, int value) {
            if ("Content-Length".equalsIgnoreCase(name)) {
                setContentLengthLong(value);
            } else {
                super.setIntHeader(name, value);
            }
        }

        @Override
        public void sendError(int status, String message) throws IOException {
            passThrough();
            super.sendError(status, message);
        }

        @Override
        public void sendError(int status) throws IOException {
            passThrough();
            super.sendError(status);
        }

        @Override
        public void sendRedirect(String location) throws IOException {
            passThrough();
            super.sendRedirect(location);
        }

        private void passThrough() {
            if (state == State.UNDECIDED) {
                state = State.PLAIN;
            }
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            if (writer != null) {
                throw new IllegalStateException("getWriter() was called before");
            }
            if (state == State.PLAIN) {
                return super.getOutputStream();
            }
            if (stream == null) {
                // Faces' resource handler and the default servlet take the stream before they set the
                // content type: the choice waits for the first byte.
                stream = new GzipStream(this);
            }
            return stream;
        }

        /** The stream the body goes to once the choice is made (on the first byte). */
        OutputStream target() throws IOException {
            decide();
            return super.getOutputStream();
        }

        boolean compressing() {
            return state == State.GZIP;
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            if (writer != null) {
                return writer;
            }
            if (stream != null) {
                throw new IllegalStateException("getOutputStream() was called before");
            }
            decide();
            if (state == State.PLAIN) {
                writer = super.getWriter();
            } else {
                stream = new GzipStream(this);
                String encoding = getCharacterEncoding();
                Charset charset = encoding == null ? StandardCharsets.ISO_8859_1 : Charset.forName(encoding);
                writer = new PrintWriter(new OutputStreamWriter(stream, charset));
            }
            return writer;
        }

        @Override
        public void flushBuffer() throws IOException {
            if (writer != null) {
                writer.flush();
            }
            if (stream != null) {
                stream.flush();
            }
            super.flushBuffer();
        }

        @Override
        public void resetBuffer() {
            if (state == State.GZIP && stream != null) {
                // An error page replaces what was begun: what the compressor holds goes with the buffer.
                if (writer != null) {
                    writer.flush();
                }
                super.resetBuffer();
                stream.restart();
            } else {
                super.resetBuffer();
            }
        }

        @Override
        public void reset() {
            boolean compressing = state == State.GZIP;
            if (compressing && writer != null) {
                writer.flush();
            }
            super.reset();
            if (compressing) {
                if (stream != null) {
                    stream.restart();
                }
                wrapped().setHeader("Content-Encoding", "gzip");
                wrapped().addHeader("Vary", "Accept-Encoding");
            } else {
                state = State.UNDECIDED;
                contentLength = -1;
            }
        }

        /** Ends the compressed body, or gives a plain one the length it was given. */
        void finish() throws IOException {
            if (writer != null) {
                writer.flush();
            }
            if (stream != null) {
                stream.finish();
            }
            if (state == State.UNDECIDED) {
                state = State.PLAIN;
                if (contentLength >= 0 && !isCommitted()) {
                    wrapped().setContentLengthLong(contentLength);
                }
            }
        }
    }

    /**
     * The body: through gzip or as it is, as the response decides at the first byte;
     * {@code finish()} writes gzip's trailer without closing the connection's stream.
     */
    private static final class GzipStream extends ServletOutputStream {

        private final GzipResponse response;
        private OutputStream target;
        private GZIPOutputStream gzip;
        private boolean finished;

        GzipStream(GzipResponse response) {
            this.response = response;
        }

        private OutputStream out() throws IOException {
            if (target == null) {
                target = response.target();
                if (response.compressing()) {
                    gzip = new GZIPOutputStream(target, 8192);
                }
            }
            return gzip != null ? gzip : target;
        }

        /** Starts a new compressed body after the container's buffer was emptied. */
        void restart() {
            if (gzip != null) {
                try {
                    gzip = new GZIPOutputStream(target, 8192);
                    finished = false;
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }
        }

        @Override
        public void write(int b) throws IOException {
            out().write(b);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out().write(bytes, offset, length);
        }

        @Override
        public void flush() throws IOException {
            if (!finished) {
                out().flush();
            }
        }

        @Override
        public void close() throws IOException {
            finish();
            if (target != null) {
                target.close();
            }
        }

        void finish() throws IOException {
            if (!finished && target != null) {
                finished = true;
                if (gzip != null) {
                    gzip.finish();
                }
                target.flush();
            }
        }

        @Override
        public boolean isReady() {
            return !(target instanceof ServletOutputStream servlet) || servlet.isReady();
        }

        @Override
        public void setWriteListener(WriteListener listener) {
            try {
                out();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            if (target instanceof ServletOutputStream servlet) {
                servlet.setWriteListener(listener);
            }
        }
    }

    private record FinishOnComplete(GzipResponse response) implements AsyncListener {

        @Override
        public void onComplete(AsyncEvent event) throws IOException {
            response.finish();
        }

        @Override
        public void onTimeout(AsyncEvent event) {
        }

        @Override
        public void onError(AsyncEvent event) {
        }

        @Override
        public void onStartAsync(AsyncEvent event) {
        }
    }
}
