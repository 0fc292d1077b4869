/**
 * Jakarta Security for the portal: sign-in on the portal's own page, the database identity store,
 * password hashes by Jakarta Security's {@code Pbkdf2PasswordHash} (older hashes still verified and
 * upgraded), keyed hashes of sign-in addresses, and sessions kept in step with their accounts.
 */
package org.familyportal.portal.infrastructure.security;
