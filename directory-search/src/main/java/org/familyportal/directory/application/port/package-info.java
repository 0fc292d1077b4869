/**
 * Ports: what the directory's use cases need from the application that hosts them (the portal),
 * as interfaces defined here and implemented there (in the WAR's {@code application.directory}):
 * who the caller is and which staff role they have ({@link
 * org.familyportal.directory.application.port.DirectoryCaller}), and the audit trail ({@link
 * org.familyportal.directory.application.port.DirectoryAudit}). The directory never depends on the
 * portal; the portal plugs itself in.
 */
package org.familyportal.directory.application.port;
