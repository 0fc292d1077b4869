package org.familyportal.portal.infrastructure.web;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.text.MessageFormat;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * How the filters at the edge refuse a request before the application sees it: the API answers in
 * {@code application/problem+json} (RFC 9457) with the explanation in the caller's language (English
 * if asked for, else Russian); pages get the site's error page for the status.
 */
final class EdgeAnswers {

    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    private EdgeAnswers() {
    }

    /** Whether {@code path} (inside the application) belongs to the REST API. */
    static boolean isApi(String path) {
        return path != null && (path.startsWith("/api/") || path.equals("/api"));
    }

    static void refuse(HttpServletRequest request, HttpServletResponse response, boolean api, int status,
                       String title, String key) throws IOException {
        if (response.isCommitted()) {
            return;
        }
        if (api) {
            problem(request, response, status, title, key);
        } else {
            response.sendError(status);
        }
    }

    static void problem(HttpServletRequest request, HttpServletResponse response, int status, String title,
                        String key) throws IOException {
        response.resetBuffer();
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        JsonObjectBuilder body = Json.createObjectBuilder().add("type", "about:blank").add("title", title)
                .add("status", status);
        if (key != null) {
            body.add("detail", text(request, key));
        }
        response.getWriter().write(body.build().toString());
    }

    /** The text of {@code key} in the caller's language. */
    static String text(HttpServletRequest request, String key, Object... arguments) {
        Locale locale = language(request);
        try {
            return new MessageFormat(ResourceBundle.getBundle("i18n.messages", locale).getString(key), locale)
                    .format(arguments);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    private static Locale language(HttpServletRequest request) {
        Enumeration<Locale> locales;
        try {
            locales = request.getLocales();
        } catch (RuntimeException e) {
            // A malformed Accept-Language is the caller's problem, not a reason to fail the answer.
            locales = Collections.emptyEnumeration();
        }
        while (locales != null && locales.hasMoreElements()) {
            String language = locales.nextElement().getLanguage();
            if (language.equals("en") || language.equals("ru")) {
                return Locale.forLanguageTag(language);
            }
        }
        return RUSSIAN;
    }
}
