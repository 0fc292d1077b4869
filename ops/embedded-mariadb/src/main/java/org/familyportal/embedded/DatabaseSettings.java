package org.familyportal.embedded;

import java.util.Objects;

/**
 * Where the portal's MariaDB is and how to sign in to it. The password may be empty
 * (a local development server), never null.
 */
public record DatabaseSettings(String url, String user, String password) {

    public DatabaseSettings {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(user, "user");
        password = password == null ? "" : password;
    }

    /** For log lines: the URL and user, never the password. */
    @Override
    public String toString() {
        return url + " (user " + user + ")";
    }
}
