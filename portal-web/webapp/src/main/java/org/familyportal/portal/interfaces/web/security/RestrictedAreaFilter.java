package org.familyportal.portal.interfaces.web.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.familyportal.portal.infrastructure.web.RequestPath;

import java.io.IOException;

/**
 * Guards the staff areas on the server: a request for a page its caller may not see is answered
 * 404, exactly as for a page that does not exist. Answers to signed-in staff and from the staff
 * areas hold personal data: no cache keeps them ({@code Cache-Control: no-store}).
 */
@WebFilter(filterName = "RestrictedAreaFilter", urlPatterns = "/*",
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD})
public class RestrictedAreaFilter extends HttpFilter {

    private final AccessPolicy policy = new AccessPolicy();

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        // The path the edge worked out once (decoded, canonical: "/%61dmin/" cannot slip past), and
        // the path the container mapped: both must be allowed.
        String path = RequestPath.of(request);
        String mapped = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        boolean signedIn = request.getUserPrincipal() != null;
        if (!policy.allows(path, role -> request.isUserInRole(role.name()), signedIn)
                || !policy.allows(mapped, role -> request.isUserInRole(role.name()), signedIn)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        if ((signedIn || policy.isRestricted(path)) && !path.startsWith("/jakarta.faces.resource/")) {
            response.setHeader("Cache-Control", "no-store");
        }
        chain.doFilter(request, response);
    }
}
