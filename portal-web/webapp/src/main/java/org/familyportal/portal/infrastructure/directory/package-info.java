/**
 * What the WAR adds to the directory it hosts, below the use cases: the encryption of the personal
 * data in reports of wrong information ({@code ListingReportSealedColumns}). (The directory's ports,
 * the caller and the audit trail, are implemented in {@code application.directory}.)
 */
package org.familyportal.portal.infrastructure.directory;
