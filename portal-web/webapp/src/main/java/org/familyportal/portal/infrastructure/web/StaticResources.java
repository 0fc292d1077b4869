package org.familyportal.portal.infrastructure.web;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletContext;

/**
 * The version of the portal's own style sheets and scripts ({@code /resources}): a digest of their
 * contents, so that it changes exactly when one of them does. OmniFaces' VersionedResourceHandler
 * puts it in every resource address ({@code ?v=}, web.xml), and {@link CachingFilter} lets browsers
 * keep such an address for a year without asking again.
 */
@Named
@ApplicationScoped
public class StaticResources {

    @Inject
    ServletContext context;

    private volatile String version;

    public String getVersion() {
        String known = version;
        if (known == null) {
            known = digest();
            version = known;
        }
        return known;
    }

    private String digest() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String path : files("/resources/")) {
                digest.update(path.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                try (InputStream in = context.getResourceAsStream(path)) {
                    if (in != null) {
                        digest.update(in.readAllBytes());
                    }
                }
            }
            return HexFormat.of().formatHex(digest.digest()).substring(0, 12);
        } catch (NoSuchAlgorithmException | IOException e) {
            throw new IllegalStateException("the portal's resources cannot be read", e);
        }
    }

    private Set<String> files(String folder) {
        Set<String> files = new TreeSet<>();
        Set<String> paths = context.getResourcePaths(folder);
        if (paths != null) {
            for (String path : paths) {
                if (path.endsWith("/")) {
                    files.addAll(files(path));
                } else {
                    files.add(path);
                }
            }
        }
        return files;
    }
}
