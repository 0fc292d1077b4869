/**
 * Jakarta Security plumbing for the portal: sign-in on the portal's own page and password hashes by
 * Jakarta Security's {@code Pbkdf2PasswordHash} (older hashes still verified and upgraded). What
 * asks the account use cases (the identity store, the filter keeping sessions in step with their
 * accounts) is in {@code interfaces.web.security}. (The keyed hashes of sign-in addresses are the
 * platform's {@code infrastructure.protection.SignInSources}.)
 */
package org.familyportal.portal.infrastructure.security;
