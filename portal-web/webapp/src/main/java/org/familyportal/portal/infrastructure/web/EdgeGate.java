package org.familyportal.portal.infrastructure.web;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The first check of every request, before anything reads it (declared first in {@code web.xml}):
 * <ul>
 *   <li>only GET, HEAD and POST are served; any other method (CONNECT, TRACE, PUT...) is answered 405
 *       at once and the connection closed;</li>
 *   <li>the path is worked out once ({@link RequestPath}) for every later filter; a path that is not
 *       canonical is "not found", exactly like a page that does not exist;</li>
 *   <li>bodies: no more than {@code portal.limits.body-bytes} are ever read from a request
 *       ({@link LimitedBody}, chunked bodies included); forms and uploads, which the container parses
 *       itself, must say their length, which is checked before anything reads them; multipart is
 *       accepted only from administrators, for the uploads of the admin area, and from editors
 *       (and administrators) in the editorial area, for images of at most 6 MB with their form.</li>
 * </ul>
 * Refusals are answered in the caller's language (problem+json on the API) and close the connection,
 * so that an unread body is not drained.
 */
@WebFilter(filterName = "EdgeGate", asyncSupported = true, dispatcherTypes = DispatcherType.REQUEST)
public class EdgeGate extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final Set<String> METHODS = Set.of("GET", "HEAD", "POST");

    /** The largest upload (directory data); the same as {@code max-request-size} of the Faces servlet in web.xml. */
    static final long UPLOAD_BYTES = 53_477_376;

    /** The largest upload of the editors (an image of at most 5 MB, with the form around it). */
    static final long EDITORIAL_UPLOAD_BYTES = 6 * 1024 * 1024;

    @Inject
    @ConfigProperty(name = "portal.limits.body-bytes", defaultValue = "262144")
    long bodyBytes;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String raw = request.getRequestURI();
        String context = request.getContextPath();
        boolean api = raw != null && raw.startsWith(context + "/api/");
        if (!METHODS.contains(request.getMethod())) {
            response.setHeader("Allow", String.join(", ", "GET", "HEAD", "POST"));
            close(response);
            if (api) {
                EdgeAnswers.problem(request, response, 405, "Method Not Allowed", "edge.method.notAllowed");
            } else {
                response.setStatus(405);
                response.setContentType("text/plain;charset=UTF-8");
                response.getWriter().write(EdgeAnswers.text(request, "edge.method.notAllowed"));
            }
            return;
        }
        Optional<String> path = RequestPath.canonical(raw, context);
        if (path.isEmpty()) {
            close(response);
            EdgeAnswers.refuse(request, response, api, 404, "Not Found", "edge.path.notFound");
            return;
        }
        request.setAttribute(RequestPath.ATTRIBUTE, path.get());
        if (!bodyAccepted(request, response, path.get(), api)) {
            return;
        }
        LimitedBody limited = new LimitedBody(request, bodyBytes);
        try {
            chain.doFilter(limited, response);
        } catch (IOException | ServletException | RuntimeException e) {
            if (!LimitedBody.tooLarge(e) || response.isCommitted()) {
                throw e;
            }
            close(response);
            EdgeAnswers.refuse(request, response, api, 413, "Content Too Large", "api.body.tooLarge");
        }
    }

    /** Checks what can be checked of the body before anyone reads it; refuses it if it cannot be taken. */
    private boolean bodyAccepted(HttpServletRequest request, HttpServletResponse response, String path, boolean api)
            throws IOException {
        long length = request.getContentLengthLong();
        boolean chunked = request.getHeader("Transfer-Encoding") != null;
        if (length <= 0 && !chunked) {
            return true;
        }
        String type = request.getContentType() == null ? "" : request.getContentType().toLowerCase(Locale.ROOT);
        boolean multipart = type.startsWith("multipart/");
        boolean editorial = path.startsWith("/editorial/") && (request.isUserInRole("EDITOR") || request.isUserInRole("ADMIN"));
        if (multipart && !(path.startsWith("/admin/") && request.isUserInRole("ADMIN")) && !editorial) {
            return refuse(request, response, api, 413, "Content Too Large", "api.body.tooLarge");
        }
        boolean parsedByContainer = multipart || type.startsWith("application/x-www-form-urlencoded");
        if (parsedByContainer && length < 0) {
            // The container reads forms and uploads past any wrapper: their length must be known beforehand.
            return refuse(request, response, api, 411, "Length Required", "edge.body.lengthRequired");
        }
        if (length > (multipart ? (editorial ? EDITORIAL_UPLOAD_BYTES : UPLOAD_BYTES) : bodyBytes)) {
            return refuse(request, response, api, 413, "Content Too Large", "api.body.tooLarge");
        }
        return true;
    }

    private static boolean refuse(HttpServletRequest request, HttpServletResponse response, boolean api, int status,
                                  String title, String key) throws IOException {
        close(response);
        EdgeAnswers.refuse(request, response, api, status, title, key);
        return false;
    }

    /** The rest of a refused request is not read: the connection is closed after the answer. */
    private static void close(HttpServletResponse response) {
        response.setHeader("Connection", "close");
    }
}
