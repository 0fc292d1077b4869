/**
 * MariaDB for the portal: the configured data source, Flyway migrations before anything else and
 * telling a database outage from other failures. The same package in the platform jar holds what the
 * contexts share: UTC time columns ({@code InstantConverter}), the data source's name and the JPA
 * repository of user accounts.
 */
package org.familyportal.portal.infrastructure.persistence;
