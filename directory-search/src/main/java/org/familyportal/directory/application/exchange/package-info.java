/**
 * Import and export of the directory in HSDS 3.0: reading tabular packages (CSV) and JSON, checking
 * every row against the standard, writing them idempotently ({@code DirectoryImport}) with a report
 * per file, and exporting for the public or for administrators ({@code Audience}); the
 * administrators' imports in the background ({@code DirectoryImports}) and exports recorded in the
 * audit trail ({@code AuditedExport}).
 */
package org.familyportal.directory.application.exchange;
