/**
 * Protection of personal data at rest: encryption of fields before they reach MariaDB, bound to
 * their column and labelled with the id of their key, and keyed lookup hashes, from keys that live in
 * configuration, never in the database or in git. Keys are rotated by re-encrypting with the new one
 * while the old one is still read ({@code DataKeyRotation}); a value no key opens reads as "cannot
 * decrypt" instead of breaking a page. The sign-in throttle's keyed hashes of client addresses
 * ({@code SignInSources}) use the installation's own secret instead of the data key.
 */
package org.familyportal.portal.infrastructure.protection;
