/**
 * Operations: how the portal is started, on which database, and how it is measured.
 * {@code launch} starts the embedded MariaDB (module embedded-mariadb) or uses an external one,
 * then Payara Micro with the portal, and stops everything cleanly.
 */
package org.familyportal.ops;
