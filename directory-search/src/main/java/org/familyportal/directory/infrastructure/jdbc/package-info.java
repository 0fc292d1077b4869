/**
 * Plain JDBC over the directory's tables: the HSDS tables field by field, the services as the index
 * reads them, the gazetteer held in memory, facet labels, and the synonym and danger-phrase tables.
 */
package org.familyportal.directory.infrastructure.jdbc;
