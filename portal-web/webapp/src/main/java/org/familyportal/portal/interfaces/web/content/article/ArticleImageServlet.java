package org.familyportal.portal.interfaces.web.content.article;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.familyportal.content.application.article.ArticleReading;

import java.io.IOException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The articles' images: {@code /images/<id>-<digest>-<width>.<jpg|png>}. The digest of the content
 * is part of the address, so what is served under it never changes: kept a year by any cache
 * ({@code immutable}), with its own content type (without a charset: {@code BinaryWithoutCharsetFilter}) and {@code nosniff}. Anything else is 404.
 */
@WebServlet(urlPatterns = "/images/*")
public class ArticleImageServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    static final Pattern NAME = Pattern.compile("/([0-9]{1,12})-([0-9a-f]{12})-([0-9]{1,5})\\.(jpg|png)");

    @Inject
    ArticleReading reading;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Matcher name = NAME.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
        if (!name.matches()) {
            response.sendError(404);
            return;
        }
        Optional<byte[]> bytes = reading.imageBytes(Long.parseLong(name.group(1)), name.group(2), Integer.parseInt(name.group(3)));
        if (bytes.isEmpty()) {
            response.sendError(404);
            return;
        }
        response.setContentType("png".equals(name.group(4)) ? "image/png" : "image/jpeg");
        response.setHeader("Cache-Control", "public, max-age=31536000, immutable");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setContentLength(bytes.get().length);
        response.getOutputStream().write(bytes.get());
    }
}
