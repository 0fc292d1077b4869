/**
 * Staff accounts and what they may do: roles, how passwords are stored ({@code PasswordHashing}),
 * how repeated wrong passwords slow an attacker down ({@code SignInPolicy}), and the repository of
 * accounts.
 */
package org.familyportal.portal.domain.account;
