/**
 * Search of the directory: completions for the search box and the administrators' editing of the
 * synonym list ({@code TopicSynonymEditing}), over the domain's engine ({@code DirectorySearch}, on
 * Lucene in {@code infrastructure.search}) and {@code TopicSynonymRepository}; and the portal's
 * use of it: one index for the application's lifetime ({@code SiteSearch}, following every
 * {@code ServiceChanged}), opened at start-up ({@code SearchIndexStartup}), rebuilt on request
 * ({@code IndexRebuild}), and the checked search request the page and the API share
 * ({@code SearchRequest}).
 */
package org.familyportal.directory.application.search;
