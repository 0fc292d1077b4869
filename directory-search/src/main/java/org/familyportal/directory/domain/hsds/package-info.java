/**
 * The Open Referral HSDS 3.0 model as the standard defines it (read from its own {@code
 * datapackage.json}), the portal's extension columns, name-based ids, and the checks of one row
 * with the problems they report.
 */
package org.familyportal.directory.domain.hsds;
