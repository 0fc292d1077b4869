/**
 * Settings every context reads the same way, held once: the portal's public address
 * ({@code portal.public-url}, {@code PublicAddress}), from which links in mails, absolute URLs of the
 * API, HSTS and the session cookie's {@code Secure} follow; and the JNDI name of the one data source
 * ({@code PortalDataSource}).
 */
package org.familyportal.portal.infrastructure.config;
