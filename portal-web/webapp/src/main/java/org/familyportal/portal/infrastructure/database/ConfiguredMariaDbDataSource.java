package org.familyportal.portal.infrastructure.database;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.mariadb.jdbc.MariaDbDataSource;

import java.sql.SQLException;

/**
 * The MariaDB data source, configured from MicroProfile Config ({@code portal.db.url},
 * {@code portal.db.user}, {@code portal.db.password}, or {@code PORTAL_DB_URL} ... in the
 * environment).
 * <p>
 * Why not {@code ${MPCONFIG=...}} in {@code @DataSourceDefinition}: MicroProfile Config treats an
 * empty value as missing, so an empty password (a local server's root) would stay the literal
 * placeholder text and every connection would be refused.
 * <p>
 * Every connection's session is in UTC ({@code time_zone '+00:00'}), like every value the portal
 * writes ({@link InstantConverter}): {@code NOW()} and the columns' {@code CURRENT_TIMESTAMP}
 * defaults then agree with them whatever the time zone of the database server or of the JVM.
 */
public class ConfiguredMariaDbDataSource extends MariaDbDataSource {

    private static final long serialVersionUID = 1L;

    public ConfiguredMariaDbDataSource() throws SQLException {
        Config config = ConfigProvider.getConfig(ConfiguredMariaDbDataSource.class.getClassLoader());
        setUrl(inUtc(config.getOptionalValue("portal.db.url", String.class).orElseThrow(() -> new SQLException(
                "portal.db.url (PORTAL_DB_URL) is not set: the portal does not know its database"))));
        setUser(config.getOptionalValue("portal.db.user", String.class).orElse("root"));
        setPassword(config.getOptionalValue("portal.db.password", String.class).orElse(""));
    }

    /** {@code url} with the session time zone set to UTC (a time_zone of its own is left alone). */
    static String inUtc(String url) {
        if (url.contains("time_zone")) {
            return url;
        }
        int query = url.indexOf('?');
        if (query < 0) {
            return url + "?" + UTC_SESSION;
        }
        String params = url.substring(query + 1);
        int session = params.indexOf("sessionVariables=");
        if (session >= 0) {
            // The driver takes several session variables separated by commas.
            int at = query + 1 + session + "sessionVariables=".length();
            return url.substring(0, at) + "time_zone='+00:00'," + url.substring(at);
        }
        return url + (params.isEmpty() ? "" : "&") + UTC_SESSION;
    }

    static final String UTC_SESSION = "sessionVariables=time_zone='+00:00'";
}
