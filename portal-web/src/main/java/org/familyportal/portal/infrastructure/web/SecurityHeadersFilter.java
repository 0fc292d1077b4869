package org.familyportal.portal.infrastructure.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import java.io.IOException;

/**
 * Security headers on every response.
 * <p>
 * The Content Security Policy allows no inline script. Pages rendered by PrimeFaces need their
 * own inline scripts, so PrimeFaces' CSP support (context parameter {@code primefaces.CSP_POLICY},
 * the same policy as here) adds a per-response nonce to {@code script-src}; its header replaces
 * the default one set here, so a response never carries two policies.
 */
@WebFilter(filterName = "SecurityHeadersFilter", urlPatterns = "/*", asyncSupported = true,
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD, DispatcherType.ERROR})
public class SecurityHeadersFilter extends HttpFilter {

    static final String CSP = "Content-Security-Policy";

    /** Keep in step with primefaces.CSP_POLICY in web.xml, which must end with script-src. */
    static final String DEFAULT_POLICY = "default-src 'self'; img-src 'self' data:; "
            + "style-src 'self' 'unsafe-inline'; font-src 'self' data:; connect-src 'self'; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'; script-src 'self'";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=(self)");
        response.setHeader(CSP, DEFAULT_POLICY);
        chain.doFilter(request, new SinglePolicyResponse(response));
    }

    /** Lets a later, more specific policy (with a nonce) replace the default instead of adding to it. */
    private static final class SinglePolicyResponse extends HttpServletResponseWrapper {

        SinglePolicyResponse(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void addHeader(String name, String value) {
            if (CSP.equalsIgnoreCase(name)) {
                super.setHeader(name, value);
            } else {
                super.addHeader(name, value);
            }
        }
    }
}
