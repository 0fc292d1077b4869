/**
 * Plain JDBC over the directory's tables, one gateway per group of tables behind the domain's
 * interfaces: the HSDS tables field by field ({@code JdbcHsdsRows} for {@code domain.hsds.HsdsRows}),
 * the gazetteer's tables and load marks ({@code JdbcPlaceTables} for {@code domain.places.PlaceTables}),
 * the search box's phrases ({@code JdbcSearchPhrases} for {@code domain.search.SearchPhrases}); and
 * the search engine's sources: the services as the index reads them, the gazetteer held in memory,
 * facet labels, and the synonym and danger-phrase tables.
 */
package org.familyportal.directory.infrastructure.jdbc;
