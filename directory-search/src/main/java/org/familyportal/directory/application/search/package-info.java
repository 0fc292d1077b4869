/**
 * Search of the directory as the portal uses it ({@code DirectorySearch}): the Lucene index kept in
 * step with MariaDB, completions for the search box and the administrators' synonym list.
 */
package org.familyportal.directory.application.search;
