package org.familyportal.portal.infrastructure.web;

import java.io.IOException;
import java.util.Set;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * How long browsers keep what the portal sends, so that a parent's second page costs only its HTML:
 * <ul>
 * <li>a versioned static resource (a Faces resource with {@code v=} in its address, a WebJar whose
 * path holds its version) never changes under its address: {@code public, max-age=31536000,
 * immutable}, whatever Faces would say;</li>
 * <li>a page is never kept by a shared cache ({@code private, no-cache}: it carries the answer's CSP
 * nonce and form state), and the pages where a family types about itself or reads its request
 * ({@link #PERSONAL}) are kept by no cache at all ({@code no-store}), as the staff areas are
 * ({@code RestrictedAreaFilter}, later in the chain, says {@code no-store} for them).</li>
 * </ul>
 */
@WebFilter(filterName = "CachingFilter", urlPatterns = "/*", asyncSupported = true,
        dispatcherTypes = DispatcherType.REQUEST)
public class CachingFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String IMMUTABLE = "public, max-age=31536000, immutable";
    static final String PAGE = "private, no-cache";
    static final String NO_STORE = "no-store";

    /** Pages with what a family or a member of staff typed, or their request's state. */
    static final Set<String> PERSONAL = Set.of("/ask-for-help.xhtml", "/request-status.xhtml", "/sign-in.xhtml",
            "/forgot-password.xhtml", "/reset-password.xhtml", "/for-organisations/sign-up.xhtml",
            "/for-organisations/confirm.xhtml", "/referral.xhtml");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = RequestPath.of(request);
        if (path == null) {
            chain.doFilter(request, response);
            return;
        }
        if (versioned(path, request.getQueryString())) {
            response.setHeader("Cache-Control", IMMUTABLE);
            chain.doFilter(request, new KeptResponse(response));
            return;
        }
        if (page(path)) {
            response.setHeader("Cache-Control", PERSONAL.contains(path) ? NO_STORE : PAGE);
        }
        chain.doFilter(request, response);
    }

    static boolean versioned(String path, String query) {
        if (path.startsWith("/webjars/")) {
            return true;
        }
        if (!path.startsWith("/jakarta.faces.resource/") || query == null) {
            return false;
        }
        for (String parameter : query.split("&")) {
            if (parameter.startsWith("v=") && parameter.length() > 2) {
                return true;
            }
        }
        return false;
    }

    static boolean page(String path) {
        return !path.startsWith("/jakarta.faces.resource/")
                && (path.endsWith(".xhtml") || path.endsWith("/") || ReadableAddresses.isReadable(path));
    }

    /** Keeps the year-long caching against what Faces or the container would set; errors are not kept. */
    private static final class KeptResponse extends HttpServletResponseWrapper {

        KeptResponse(HttpServletResponse response) {
            super(response);
        }

        private static boolean ours(String name) {
            return "Cache-Control".equalsIgnoreCase(name) || "Expires".equalsIgnoreCase(name)
                    || "Pragma".equalsIgnoreCase(name);
        }

        @Override
        public void setHeader(String name, String value) {
            if (!ours(name)) {
                super.setHeader(name, value);
            }
        }

        @Override
        public void addHeader(String name, String value) {
            if (!ours(name)) {
                super.addHeader(name, value);
            }
        }

        @Override
        public void setDateHeader(String name, long date) {
            if (!ours(name)) {
                super.setDateHeader(name, date);
            }
        }

        @Override
        public void addDateHeader(String name, long date) {
            if (!ours(name)) {
                super.addDateHeader(name, date);
            }
        }

        @Override
        public void setStatus(int status) {
            super.setStatus(status);
            if (status >= 400) {
                super.setHeader("Cache-Control", NO_STORE);
            }
        }

        @Override
        public void sendError(int status, String message) throws IOException {
            super.setHeader("Cache-Control", NO_STORE);
            super.sendError(status, message);
        }

        @Override
        public void sendError(int status) throws IOException {
            super.setHeader("Cache-Control", NO_STORE);
            super.sendError(status);
        }
    }
}
