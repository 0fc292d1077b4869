package org.familyportal.portal.infrastructure.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

import javax.sql.DataSource;
import java.util.logging.Logger;

/**
 * The portal's MariaDB connection pool, and the Flyway migrations that create and evolve its
 * schema before anything else touches it. EclipseLink never generates DDL.
 * <p>
 * Connection settings come from MicroProfile Config through {@link ConfiguredMariaDbDataSource}.
 * The pool survives a restart of MariaDB under it (see the validation properties below).
 */
@DataSourceDefinition(
        name = DatabaseMigration.DATA_SOURCE,
        className = "org.familyportal.portal.infrastructure.persistence.ConfiguredMariaDbDataSource",
        minPoolSize = 2,
        maxPoolSize = 30,
        properties = {
                // Every connection is checked (a ping: Connection.isValid) before it is handed out, and one
                // found dead makes the pool drop them all: after MariaDB restarts (or a network cut) the
                // portal gets fresh connections by itself. "meta-data" validation never talks to the
                // server, so it let the dead connections of a crashed server through for good.
                "fish.payara.is-connection-validation-required=true",
                "fish.payara.connection-validation-method=custom-validation",
                "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation",
                "fish.payara.fail-all-connections=true"
        })
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigration {

    public static final String DATA_SOURCE = "java:app/jdbc/portal";

    private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

    @Resource(lookup = DATA_SOURCE)
    private DataSource dataSource;

    @PostConstruct
    void migrate() {
        MigrateResult result = Flyway.configure(DatabaseMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .failOnMissingLocations(true)
                .load()
                .migrate();
        LOG.info(() -> "Database schema at version " + result.targetSchemaVersion + " ("
                + result.migrationsExecuted + " migrations applied now)");
    }
}
