package org.familyportal.portal.infrastructure.config;

import java.net.URI;
import java.util.Locale;

/**
 * The portal's own address as the operator configured it ({@code portal.public-url}). Every absolute URL
 * the portal writes is built from it, never from the request's {@code Host} header, which any client
 * can set (and a shared cache would then keep the forged answer for everyone). When the address is
 * {@code https}, the browser is told to keep to HTTPS (HSTS) and the session cookie is {@code Secure}:
 * the request itself cannot tell, since a proxy in front ends TLS.
 */
public final class PublicAddress {

    /** One year, the usual HSTS age. */
    static final String HSTS = "max-age=31536000";

    private final URI base;

    private PublicAddress(URI base) {
        this.base = base;
    }

    /**
     * @throws IllegalArgumentException when {@code url} is not an absolute http(s) URL
     */
    public static PublicAddress of(String url) {
        URI uri = URI.create(url.strip());
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
            throw new IllegalArgumentException("portal.public-url must be an absolute http(s) URL: " + url);
        }
        String text = uri.toString();
        return new PublicAddress(URI.create(text.endsWith("/") ? text.substring(0, text.length() - 1) : text));
    }

    /** The address without a trailing slash, e.g. {@code https://semya.example.ru}. */
    public String url() {
        return base.toString();
    }

    /** An absolute URL of {@code path} (starting with a slash) on the portal. */
    public String resolve(String path) {
        return url() + (path.startsWith("/") ? path : "/" + path);
    }

    /** Whether visitors reach the portal over HTTPS. */
    public boolean isHttps() {
        return "https".equalsIgnoreCase(base.getScheme());
    }

    /** The Strict-Transport-Security header's value, or null when the portal is served over plain HTTP. */
    public String strictTransportSecurity() {
        return isHttps() ? HSTS : null;
    }

    /** Whether the session cookie must carry {@code Secure}. */
    public boolean secureCookies() {
        return isHttps();
    }
}
