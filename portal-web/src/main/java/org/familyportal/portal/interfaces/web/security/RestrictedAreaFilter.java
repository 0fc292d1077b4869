package org.familyportal.portal.interfaces.web.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * Guards the staff areas on the server: a request for a page its caller may not see is answered
 * 404, exactly as for a page that does not exist.
 */
@WebFilter(filterName = "RestrictedAreaFilter", urlPatterns = "/*",
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD})
public class RestrictedAreaFilter extends HttpFilter {

    private final AccessPolicy policy = new AccessPolicy();

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        // The decoded, normalised path the container maps (so "/%61dmin/" cannot slip past).
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        boolean signedIn = request.getUserPrincipal() != null;
        if (!policy.allows(path, role -> request.isUserInRole(role.name()), signedIn)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        chain.doFilter(request, response);
    }
}
