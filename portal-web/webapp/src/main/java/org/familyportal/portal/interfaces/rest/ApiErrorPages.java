package org.familyportal.portal.interfaces.rest;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import jakarta.ws.rs.core.Response;
import org.familyportal.portal.infrastructure.web.AcceptLanguage;

import java.io.IOException;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The API never answers with an HTML error page. Jersey answers some client errors itself, before
 * any resource or exception mapper is involved (an {@code Accept} or {@code Content-Type} it cannot
 * parse), with the container's {@code sendError}, which would render the site's HTML page; under
 * {@code /api/} that becomes the same localized problem+json as every other API error.
 */
@WebFilter(filterName = "ApiErrorPages", urlPatterns = "/api/*", asyncSupported = true,
        dispatcherTypes = DispatcherType.REQUEST)
public class ApiErrorPages extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Locale language = AcceptLanguage.preferred(request.getHeader("Accept-Language"));
        chain.doFilter(request, new HttpServletResponseWrapper(response) {
            @Override
            public void sendError(int status) throws IOException {
                sendError(status, null);
            }

            @Override
            public void sendError(int status, String message) throws IOException {
                if (isCommitted()) {
                    super.sendError(status, message);
                    return;
                }
                resetBuffer();
                setStatus(status);
                setContentType(ProblemResponses.PROBLEM_JSON + ";charset=UTF-8");
                Response.StatusType type = Response.Status.fromStatusCode(status);
                getWriter().write(ProblemResponses.problem(status, type == null ? "Error" : type.getReasonPhrase(),
                        explanation(status, language)).getEntity().toString());
            }
        });
    }

    private static String explanation(int status, Locale language) {
        ResourceBundle bundle = ResourceBundle.getBundle("i18n.messages", language);
        String text;
        try {
            text = bundle.getString("api.error.status." + status);
        } catch (MissingResourceException e) {
            text = bundle.getString(status < 500 ? "api.error.client" : "api.error.server");
        }
        return new MessageFormat(text, language).format(new Object[0]);
    }
}
