package org.familyportal.portal.infrastructure.database;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import org.familyportal.portal.infrastructure.config.PortalDataSource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import org.familyportal.directory.infrastructure.schema.ModuleMigrations;
import org.familyportal.directory.infrastructure.schema.ModuleMigrations.Module;

import javax.sql.DataSource;
import java.util.List;
import java.util.logging.Logger;

/**
 * The portal's MariaDB connection pool, and the Flyway migrations that create and evolve its
 * schema before anything else touches it. EclipseLink never generates DDL.
 * <p>
 * Each module keeps its own migrations and history ({@link ModuleMigrations}); they run in
 * dependency order: the directory's first, then the portal's, whose tables refer to the directory's,
 * then the providers' (organisations' self-service), which refer to both, then the content's
 * (articles, support measures and the screener), which stands alone.
 * A module with a schema joins {@link #MODULES} after the modules it depends on.
 * <p>
 * Connection settings come from MicroProfile Config through {@link ConfiguredMariaDbDataSource}.
 * The pool survives a restart of MariaDB under it (see the validation properties below).
 */
@DataSourceDefinition(
        name = DatabaseMigration.DATA_SOURCE,
        className = "org.familyportal.portal.infrastructure.database.ConfiguredMariaDbDataSource",
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

    public static final String DATA_SOURCE = PortalDataSource.NAME;

    /** The portal's own migrations, in {@code db/migration/portal/}. */
    public static final Module PORTAL = Module.of("portal");

    /** The organisations' self-service (the providers jar), in {@code db/migration/providers/}: refers to accounts and organisations. */
    public static final Module PROVIDERS = Module.of("providers");

    /** Articles, support measures and the screener's rules (the content jar), in {@code db/migration/content/}. */
    public static final Module CONTENT = Module.of("content");

    /** Every module with a schema in this WAR, in dependency order. */
    public static final List<Module> MODULES = List.of(ModuleMigrations.DIRECTORY, PORTAL, PROVIDERS, CONTENT);

    private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

    @Resource(lookup = DATA_SOURCE)
    private DataSource dataSource;

    @PostConstruct
    void migrate() {
        List<ModuleMigrations.Outcome> outcomes = ModuleMigrations.migrate(dataSource,
                DatabaseMigration.class.getClassLoader(), MODULES);
        LOG.info(() -> "Database schema: " + outcomes);
    }
}
