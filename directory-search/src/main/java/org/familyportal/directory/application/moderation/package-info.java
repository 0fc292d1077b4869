/**
 * Moderation of the directory's listings: moderators and administrators create, edit, verify and
 * retire services and organisations, with the HSDS change log, optimistic locking against a
 * concurrent change, and the reports of wrong information parents send from a service's page.
 */
package org.familyportal.directory.application.moderation;
