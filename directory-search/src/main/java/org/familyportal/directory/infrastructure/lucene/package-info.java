/**
 * The Apache Lucene index of the directory ({@code SearchIndex}): Russian and English analysis
 * (lemmas, derivations, respellings), synonyms and danger phrases, ranking by closeness and opening
 * hours, snippets, and where index generations are stored.
 */
package org.familyportal.directory.infrastructure.lucene;
