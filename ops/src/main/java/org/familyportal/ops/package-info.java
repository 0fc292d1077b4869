/**
 * Operations: how the portal is started, on which database, and how it is measured.
 * {@code launch} starts the embedded MariaDB (the embedded-mariadb module) or uses an external one,
 * then Payara Micro with the portal, and stops everything cleanly; {@code directory} imports and
 * exports the directory from the command line; {@code bench} holds the search, load and fault
 * benchmarks.
 */
package org.familyportal.ops;
