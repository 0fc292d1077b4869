package org.familyportal.portal.infrastructure.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Optional;

/**
 * Serves the readable addresses ({@link ReadableAddresses}): {@code /articles/<slug>} is forwarded to
 * {@code article.xhtml?slug=<slug>}, and a GET of an old address is moved for good (301) to its
 * readable one.
 * <p>
 * Mapped last in {@code web.xml}, on REQUEST only: every filter of the request (compression, security
 * headers, the edge, caching, sessions, the staff areas, the limits) has already run with the readable
 * path, and the response it forwards is the one {@link CompressionFilter} wraps. A forward made
 * <em>before</em> the compression filter (as OmniFaces' FacesViews does by default: its filter is
 * matched before the declared ones) is dispatched as FORWARD, to which the REQUEST-only filters never
 * apply: its page leaves uncompressed, uncached and unlimited. The forwarded view passes the FORWARD
 * filters again (security headers, the staff areas by the view's own path). A backing bean reads the
 * forward's parameters ({@code slug}, {@code code}) from Faces' request: an injected
 * {@code HttpServletRequest} is the request as it came in, without them.
 */
@WebFilter(filterName = "ReadableAddressFilter", asyncSupported = true, dispatcherTypes = DispatcherType.REQUEST)
public class ReadableAddressFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** Request attribute: the readable path a view was forwarded from (forms post back to it). */
    public static final String READABLE_PATH = ReadableAddressFilter.class.getName() + ".path";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = RequestPath.of(request);
        ReadableAddresses.Route route = ReadableAddresses.route(path);
        switch (route.kind()) {
            case SHOW -> {
                request.setAttribute(READABLE_PATH, path);
                request.getRequestDispatcher(route.target()).forward(request, response);
            }
            case NOT_FOUND -> response.sendError(HttpServletResponse.SC_NOT_FOUND);
            case MOVED -> moved(request, response, route.target()
                    + (request.getQueryString() == null ? "" : "?" + request.getQueryString()));
            case NOT_OURS -> {
                boolean reading = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
                Optional<String> readable = reading ? ReadableAddresses.readable(path, request.getQueryString())
                        : Optional.empty();
                if (readable.isPresent()) {
                    moved(request, response, readable.get());
                } else {
                    chain.doFilter(request, response);
                }
            }
        }
    }

    private static void moved(HttpServletRequest request, HttpServletResponse response, String address) {
        response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
        response.setHeader("Location", request.getContextPath() + address);
    }
}
