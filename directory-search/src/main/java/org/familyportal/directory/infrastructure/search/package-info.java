/**
 * The directory's search engine assembled: the Lucene index ({@code infrastructure.lucene}) fed and
 * kept in step by the JDBC gateways ({@code infrastructure.jdbc}), behind the domain's
 * {@code DirectorySearch}.
 */
package org.familyportal.directory.infrastructure.search;
