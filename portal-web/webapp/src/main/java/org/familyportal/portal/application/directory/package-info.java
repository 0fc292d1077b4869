/**
 * The portal's side of the directory module's ports ({@code org.familyportal.directory.application.port}):
 * the directory's use cases (moderation, imports, gazetteer, search) live in {@code directory-search}
 * and reach the portal's security and audit trail only through these adapters.
 */
package org.familyportal.portal.application.directory;
