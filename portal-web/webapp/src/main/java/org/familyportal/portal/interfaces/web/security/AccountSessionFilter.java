package org.familyportal.portal.interfaces.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.familyportal.portal.application.access.AccessDeniedException;
import org.familyportal.portal.application.account.AccountService;

import java.io.IOException;
import java.security.Principal;
import java.util.Optional;

/**
 * Keeps every signed-in session in step with its account. A session remembers the account's
 * session generation from its sign-in; when an administrator disabled the account, changed its
 * roles or its password since (or the person changed it elsewhere), the session's next request is
 * signed out and sent to the sign-in page. While a temporary password must be changed, only the
 * page that changes it opens.
 * <p>
 * It also answers "not found" when an application service denied the caller
 * ({@link AccessDeniedException}), the same answer as a restricted page gives.
 */
@WebFilter(filterName = "AccountSessionFilter", urlPatterns = "/*", dispatcherTypes = DispatcherType.REQUEST)
public class AccountSessionFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** Session attribute: the account's session generation when this session signed in. */
    public static final String GENERATION = "org.familyportal.portal.sessionGeneration";
    /** Where a temporary password is changed. */
    public static final String PASSWORD_PAGE = "/account/password.xhtml";

    @Inject
    transient AccountService accounts;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Principal principal = request.getUserPrincipal();
        if (principal != null) {
            HttpSession session = request.getSession(false);
            Object started = session == null ? null : session.getAttribute(GENERATION);
            Optional<AccountService.SessionState> state = accounts.sessionState(principal.getName());
            if (state.isEmpty() || !state.get().enabled()
                    || !(started instanceof Long generation && generation == state.get().generation())) {
                request.logout();
                if (session != null) {
                    session.invalidate();
                }
                response.sendRedirect(request.getContextPath() + "/sign-in.xhtml");
                return;
            }
            if (state.get().passwordChangeRequired() && !opensWhilePasswordMustChange(path(request))) {
                response.sendRedirect(request.getContextPath() + PASSWORD_PAGE);
                return;
            }
        }
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException e) {
            if (denied(e) && !response.isCommitted()) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            throw e;
        }
    }

    private static String path(HttpServletRequest request) {
        return request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
    }

    private static boolean opensWhilePasswordMustChange(String path) {
        return path.equals(PASSWORD_PAGE) || path.startsWith("/jakarta.faces.resource/") || path.startsWith("/resources/");
    }

    private static boolean denied(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof AccessDeniedException) {
                return true;
            }
            if (cause instanceof ServletException servlet && servlet.getRootCause() != null && servlet.getRootCause() != cause.getCause()) {
                if (denied(servlet.getRootCause())) {
                    return true;
                }
            }
        }
        return false;
    }
}
