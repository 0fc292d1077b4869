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
 * if asked for, else Russian); pages get the site's error page for the status, except when the refused
 * request carries an upload: the error page is a Faces view, and the container would parse the very
 * multipart body that was refused for it (reading all of it, or failing with a 500 past its size), so
 * such a request gets a short page of its own.
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
        } else if (carriesUpload(request)) {
            page(request, response, status);
        } else {
            response.sendError(status);
        }
    }

    static boolean carriesUpload(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/");
    }

    /** A minimal page in the caller's language, for the statuses the edge answers with. */
    private static void page(HttpServletRequest request, HttpServletResponse response, int status) throws IOException {
        String name = switch (status) {
            case 404 -> "notFound";
            case 413 -> "tooLarge";
            case 429 -> "tooMany";
            default -> "badRequest";
        };
        String title = text(request, "error." + name + ".title");
        response.resetBuffer();
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter().write("<!DOCTYPE html><html lang=\"" + language(request).getLanguage()
                + "\"><head><meta charset=\"utf-8\"><title>" + title + "</title></head><body><h1>" + title
                + "</h1><p>" + text(request, "error." + name + ".text") + "</p><p><a href=\""
                + request.getContextPath() + "/\">" + text(request, "error.home") + "</a></p></body></html>");
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
