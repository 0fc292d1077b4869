/**
 * Staff accounts from opening to closing ({@code AccountService}): opening, roles, disabling,
 * password resets and changes, and the first administrator from configuration.
 */
package org.familyportal.portal.application.account;
