/**
 * Operations: how the portal is started, on which database, and how it is measured.
 * {@code database} owns the embedded MariaDB used by the one-command run and by the tests;
 * {@code launch} starts Payara Micro with the portal and stops everything cleanly.
 */
package org.familyportal.ops;
