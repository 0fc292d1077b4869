package org.familyportal.portal.infrastructure.web;

import org.familyportal.portal.infrastructure.config.PublicAddress;
import jakarta.inject.Inject;
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
 * Security headers on every response; over HTTPS ({@code portal.public-url}) also HSTS.
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

    @Inject
    ContentPolicy policy;

    @Inject
    PublicAddress address;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=(self)");
        response.setHeader(CSP, policy.getPolicy());
        if (address.strictTransportSecurity() != null) {
            response.setHeader("Strict-Transport-Security", address.strictTransportSecurity());
        }
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
