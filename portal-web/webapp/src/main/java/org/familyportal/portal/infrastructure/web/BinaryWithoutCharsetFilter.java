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
import java.util.Locale;
import java.util.Set;

/**
 * Images, fonts and other bytes are sent with their bare media type ({@code image/png}, not
 * {@code image/png;charset=UTF-8}). web.xml's {@code response-character-encoding} (UTF-8, for pages and
 * JSON) sets a charset on every response before anything is written, and the container appends it to
 * whatever type is set afterwards: the articles' images, the WebJars' (Leaflet's markers) and Faces'
 * resources alike. Since Servlet 6, {@code setCharacterEncoding(null)} clears it; it is done here, once,
 * when a response is given a type that has no characters.
 */
@WebFilter(filterName = "BinaryWithoutCharsetFilter", urlPatterns = "/*", asyncSupported = true,
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD})
public class BinaryWithoutCharsetFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    private static final Set<String> BINARY_APPLICATIONS = Set.of("application/octet-stream", "application/zip",
            "application/gzip", "application/pdf", "application/wasm", "application/font-woff", "application/x-font-ttf",
            "application/vnd.ms-fontobject");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        chain.doFilter(request, new BareTypeResponse(response));
    }

    /** Whether {@code contentType} names bytes that are no text (an SVG image is XML: text). */
    static boolean binary(String contentType) {
        if (contentType == null) {
            return false;
        }
        int semicolon = contentType.indexOf(';');
        String type = (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
        if (type.endsWith("+xml") || type.endsWith("+json")) {
            return false;
        }
        return type.startsWith("image/") || type.startsWith("font/") || type.startsWith("audio/")
                || type.startsWith("video/") || BINARY_APPLICATIONS.contains(type);
    }

    private static final class BareTypeResponse extends HttpServletResponseWrapper {

        BareTypeResponse(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void setContentType(String type) {
            if (binary(type) && !type.toLowerCase(Locale.ROOT).contains("charset=")) {
                super.setCharacterEncoding(null);
            }
            super.setContentType(type);
        }
    }
}
