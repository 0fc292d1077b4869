package org.familyportal.portal.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import org.omnifaces.util.Faces;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The language of the current page. Russian unless the visitor chose otherwise with a
 * {@code ?lang=} link, which is remembered in a cookie for a year. Plain links, not a form post,
 * so switching works without JavaScript and keeps the page's own parameters.
 */
@Named
@RequestScoped
public class CurrentLanguage {

    static final String PARAMETER = "lang";
    static final String COOKIE = "portal_lang";
    static final List<String> SUPPORTED = List.of("ru", "en");
    private static final int ONE_YEAR = 365 * 24 * 3600;

    @Inject
    HttpServletRequest request;

    private Locale locale;

    public Locale getLocale() {
        if (locale == null) {
            locale = Locale.forLanguageTag(resolve());
        }
        return locale;
    }

    public String getCode() {
        return getLocale().getLanguage();
    }

    public List<String> getSupported() {
        return SUPPORTED;
    }

    /** The current page's address with its language switched to {@code code}. */
    public String switchTo(String code) {
        String uri = (String) request.getAttribute("jakarta.servlet.forward.request_uri");
        String query = (String) request.getAttribute("jakarta.servlet.forward.query_string");
        if (uri == null) {
            uri = request.getRequestURI();
            query = request.getQueryString();
        }
        String kept = query == null ? "" : Arrays.stream(query.split("&"))
                .filter(p -> !p.isEmpty() && !p.startsWith(PARAMETER + "="))
                .collect(Collectors.joining("&"));
        return uri + "?" + (kept.isEmpty() ? "" : kept + "&") + PARAMETER + "="
                + URLEncoder.encode(code, StandardCharsets.UTF_8);
    }

    private String resolve() {
        String chosen = request.getParameter(PARAMETER);
        if (chosen != null && SUPPORTED.contains(chosen)) {
            remember(chosen);
            return chosen;
        }
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (COOKIE.equals(cookie.getName()) && SUPPORTED.contains(cookie.getValue())) {
                    return cookie.getValue();
                }
            }
        }
        return SUPPORTED.get(0);
    }

    private void remember(String code) {
        // Domain "localhost" is OmniFaces' way to send no Domain attribute: the cookie stays with this
        // host (a Domain would also reach subdomains, and java.net's cookie handling drops Domain=localhost).
        Faces.addResponseCookie(COOKIE, code, "localhost", request.getContextPath().isEmpty() ? "/" : request.getContextPath(),
                ONE_YEAR, true, Map.of("SameSite", "Lax"));
    }
}
