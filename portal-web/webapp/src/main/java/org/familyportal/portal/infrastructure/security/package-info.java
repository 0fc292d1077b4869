/**
 * Jakarta Security for the portal: sign-in on the portal's own page, the database identity store,
 * password hashes by Jakarta Security's {@code Pbkdf2PasswordHash} (older hashes still verified and
 * upgraded), and sessions kept in step with their accounts. (The keyed hashes of sign-in addresses
 * are the platform's {@code infrastructure.protection.SignInSources}.)
 */
package org.familyportal.portal.infrastructure.security;
