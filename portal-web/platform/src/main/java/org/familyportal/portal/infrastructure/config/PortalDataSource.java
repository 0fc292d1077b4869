package org.familyportal.portal.infrastructure.config;

/**
 * The portal's one data source, defined by the WAR ({@code DatabaseMigration}) and looked up by name
 * wherever plain JDBC is needed (mail outbox, installation secrets, key rotation).
 */
public final class PortalDataSource {

    public static final String NAME = "java:app/jdbc/portal";

    private PortalDataSource() {
    }
}
