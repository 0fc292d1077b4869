/**
 * The directory as the search sees it: indexed services with their places, schedules, phones, areas
 * and costs, what a parent asks ({@code SearchQuery}) and what comes back ({@code SearchResults}),
 * places of the gazetteer, synonyms and crisis contacts. No Lucene here.
 */
package org.familyportal.directory.domain.search;
