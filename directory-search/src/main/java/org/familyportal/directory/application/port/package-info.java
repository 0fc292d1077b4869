/**
 * Ports: what the directory's use cases need from the application that hosts them (the portal),
 * as interfaces defined here and implemented there (in the WAR's {@code application.directory}):
 * who the caller is and which staff role they have ({@link
 * org.familyportal.directory.application.port.DirectoryCaller}), the audit trail ({@link
 * org.familyportal.directory.application.port.DirectoryAudit}), who may confirm listings ({@link
 * org.familyportal.directory.application.port.VerificationScope}), who keeps an organisation's listings
 * ({@link org.familyportal.directory.application.port.OrganizationContacts}) and the reminder mails ({@link
 * org.familyportal.directory.application.port.VerificationNotices}). The directory never depends on the
 * portal; the portal plugs itself in.
 */
package org.familyportal.directory.application.port;
