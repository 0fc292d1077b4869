package org.familyportal.portal.infrastructure.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.omnifaces.filter.FacesExceptionFilter;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Optional;

/**
 * The outermost filter (first in {@code web.xml}): what a client sends that the container or
 * Faces cannot read ends in a 4xx page, not a 500 with a stack trace in the log.
 * <ul>
 * <li>{@code Accept-Language} is read once, here ({@link AcceptLanguage}): an unparseable header is
 * dropped before anything else (Jersey, Faces) sees it.</li>
 * <li>Client errors ({@link ClientErrors}: undecodable query or form, unknown charset, forged or
 * expired form) are answered with the "bad request" or "page expired" page (400), logged in one
 * line at most. Everything else goes on to OmniFaces' handling (the 500 page, logged in full).</li>
 * </ul>
 */
public class ClientErrorFilter extends FacesExceptionFilter {

    static final String ACCEPT_LANGUAGE = "Accept-Language";
    private static final String BAD_REQUEST_PAGE = "/error/bad-request.xhtml";
    private static final String EXPIRED_PAGE = "/error/expired.xhtml";

    @Override
    public void doFilter(HttpServletRequest request, HttpServletResponse response, HttpSession session,
                         FilterChain chain) throws ServletException, IOException {
        HttpServletRequest readable = new ReadableHeaders(request);
        try {
            super.doFilter(readable, response, session, chain);
        } catch (ServletException | RuntimeException | IOException e) {
            Optional<ClientErrors.Kind> kind = ClientErrors.of(e);
            if (kind.isEmpty() || response.isCommitted()) {
                throw e;
            }
            ClientErrors.log(kind.get(), request.getRequestURI(), e);
            response.resetBuffer();
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            // Both pages answer 400 themselves; they render as fresh views, without the failed post's parameters.
            String page = kind.get() == ClientErrors.Kind.EXPIRED_FORM ? EXPIRED_PAGE : BAD_REQUEST_PAGE;
            request.getRequestDispatcher(page).forward(new FreshRequest(readable), response);
        }
    }

    @Override
    protected void logException(HttpServletRequest request, Throwable exception, String location, String message,
                                Object... parameters) {
        // A client's error is logged once, in one line, by doFilter; the rest in full as OmniFaces does.
        if (ClientErrors.of(exception).isEmpty()) {
            super.logException(request, exception, location, message, parameters);
        }
    }

    /** The request with its Accept-Language header in strict form, or without it when unreadable. */
    private static final class ReadableHeaders extends HttpServletRequestWrapper {

        private final String acceptLanguage;

        ReadableHeaders(HttpServletRequest request) {
            super(request);
            acceptLanguage = AcceptLanguage.normalized(request.getHeader(ACCEPT_LANGUAGE)).orElse(null);
        }

        @Override
        public String getHeader(String name) {
            return ACCEPT_LANGUAGE.equalsIgnoreCase(name) ? acceptLanguage : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            if (ACCEPT_LANGUAGE.equalsIgnoreCase(name)) {
                return acceptLanguage == null ? Collections.emptyEnumeration()
                        : Collections.enumeration(java.util.List.of(acceptLanguage));
            }
            return super.getHeaders(name);
        }
    }
}
