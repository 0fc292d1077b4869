/**
 * What the portal's contexts share for JPA: UTC time columns ({@code InstantConverter}), and the JPA
 * repositories of the platform's aggregates (user accounts, the audit trail). The WAR's database
 * wiring (data source, Flyway, outages) is its {@code infrastructure.database}.
 */
package org.familyportal.portal.infrastructure.persistence;
