/**
 * Protection of personal data at rest: encryption of fields before they reach MariaDB and keyed
 * lookup hashes, from a key that lives in configuration, never in the database or in git.
 */
package org.familyportal.portal.infrastructure.protection;
