package org.familyportal.directory.application.port;

/**
 * Where the host application provides the directory's database: the portal's WAR defines this data
 * source (its {@code DatabaseMigration}'s {@code @DataSourceDefinition}); the directory's beans
 * look it up by this name and never define one themselves.
 */
public final class HostDataSource {

    /** The JNDI name of the data source, shared by every module of the WAR. */
    public static final String JNDI_NAME = "java:app/jdbc/portal";

    private HostDataSource() {
    }
}
