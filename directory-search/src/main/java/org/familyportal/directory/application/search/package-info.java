/**
 * Search of the directory: the engine ({@code DirectorySearch}, the Lucene index kept in step with
 * MariaDB), completions for the search box and the administrators' synonym list; and the portal's
 * use of it: one index for the application's lifetime ({@code SiteSearch}, following every
 * {@code ServiceChanged}), opened at start-up ({@code SearchIndexStartup}), rebuilt on request
 * ({@code IndexRebuild}), and the checked search request the page and the API share
 * ({@code SearchRequest}).
 */
package org.familyportal.directory.application.search;
