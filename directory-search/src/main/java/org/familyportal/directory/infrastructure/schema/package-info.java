/**
 * The database schema of every module, evolved by Flyway: one history table per module
 * ({@code flyway_history_<module>}), migrated in dependency order by {@link
 * org.familyportal.directory.infrastructure.schema.ModuleMigrations}, which also carries a database
 * over from the single history of before ({@code flyway_schema_history}). It lives in this module,
 * the lowest one with a schema, so that the WAR, the benchmarks and the tests share it without a
 * dependency cycle.
 */
package org.familyportal.directory.infrastructure.schema;
