package org.familyportal.portal.infrastructure.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.URI;

/**
 * The Content Security Policy of every response, and the map tiles it allows: scripts only from
 * the portal itself (PrimeFaces adds a per-response nonce), images from the portal and the one
 * tile server of {@code portal.map.tiles}.
 */
@Named
@ApplicationScoped
public class ContentPolicy {

    @Inject
    @ConfigProperty(name = "portal.map.tiles", defaultValue = "https://tile.openstreetmap.org/{z}/{x}/{y}.png")
    String tiles;

    @Inject
    @ConfigProperty(name = "portal.map.attribution", defaultValue = "© OpenStreetMap contributors")
    String attribution;

    /** Must end with script-src: PrimeFaces appends the nonce to it (primefaces.CSP_POLICY). */
    public String getPolicy() {
        return "default-src 'self'; img-src 'self' data: " + tileOrigin() + "; style-src 'self' 'unsafe-inline';"
                + " font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self';"
                + " frame-ancestors 'none'; script-src 'self'";
    }

    public String getTiles() {
        return tiles;
    }

    public String getAttribution() {
        return attribution;
    }

    private String tileOrigin() {
        try {
            URI uri = URI.create(tiles.replace("{", "").replace("}", ""));
            return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : "");
        } catch (IllegalArgumentException e) {
            return "";
        }
    }
}
