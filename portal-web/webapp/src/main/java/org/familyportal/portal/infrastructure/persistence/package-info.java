/**
 * MariaDB for the portal: the configured data source, Flyway migrations before anything else, UTC
 * time columns, telling a database outage from other failures, and the JPA repository of user
 * accounts.
 */
package org.familyportal.portal.infrastructure.persistence;
