/**
 * MariaDB for the portal: the configured data source, every module's Flyway history applied before
 * anything else, and telling a database outage from other failures. (What the contexts share for
 * JPA, UTC time columns, the data source's name and the repository of user accounts, is the
 * platform's {@code infrastructure.persistence}.)
 */
package org.familyportal.portal.infrastructure.database;
