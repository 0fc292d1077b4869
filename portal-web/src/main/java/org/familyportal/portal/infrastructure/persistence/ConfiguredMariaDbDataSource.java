package org.familyportal.portal.infrastructure.persistence;

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
 */
public class ConfiguredMariaDbDataSource extends MariaDbDataSource {

    private static final long serialVersionUID = 1L;

    public ConfiguredMariaDbDataSource() throws SQLException {
        Config config = ConfigProvider.getConfig(ConfiguredMariaDbDataSource.class.getClassLoader());
        setUrl(config.getOptionalValue("portal.db.url", String.class).orElseThrow(() -> new SQLException(
                "portal.db.url (PORTAL_DB_URL) is not set: the portal does not know its database")));
        setUser(config.getOptionalValue("portal.db.user", String.class).orElse("root"));
        setPassword(config.getOptionalValue("portal.db.password", String.class).orElse(""));
    }
}
