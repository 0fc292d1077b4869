/**
 * Import and export of the directory in HSDS 3.0: reading tabular packages (CSV) and JSON, checking
 * every row against the standard, writing them idempotently ({@code DirectoryImport}) with a report
 * per file, and exporting for the public or for administrators ({@code Audience}).
 */
package org.familyportal.directory.application.exchange;
