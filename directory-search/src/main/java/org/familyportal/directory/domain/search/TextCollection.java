package org.familyportal.directory.domain.search;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * A small collection of texts other than services (the portal's articles and support measures),
 * searched with the directory's own reading of parents' words: Russian lemmas and common slips,
 * word families ("психолог" meets "психологическая"), English stems, near spellings. The site-wide
 * search asks it beside the directory. Held in memory: it is for hundreds or thousands of texts,
 * replaced whole when they change. (Its implementation is {@code infrastructure.lucene.LuceneTextCollection}.)
 */
public interface TextCollection {

    /** The longest question read; the rest is cut (a question is a few words). */
    int MAX_QUESTION = 200;

    /** The most hits a page may ask for. */
    int MAX_PAGE = 50;

    /**
     * A text: its {@code key} (unique in the collection, e.g. a slug), its {@code kind} (the tab it
     * belongs to: "article", "measure"), its {@code language} ("ru", "en"), a title and the rest.
     */
    record Text(String key, String kind, String language, String title, String text) {
    }

    /** A page of hits of one kind, best first, and how many texts of each kind match the question. */
    record Results(Map<String, Integer> totals, List<String> keys) {

        public Results {
            totals = Map.copyOf(totals);
            keys = List.copyOf(keys);
        }

        public int total(String kind) {
            return totals.getOrDefault(kind, 0);
        }
    }

    /** Replaces every text of the collection with {@code texts} (a search meanwhile sees the old or the new, whole). */
    void replaceAll(Collection<Text> texts);

    /**
     * The texts of {@code kind} in {@code language} (null: any) that match {@code question}: every word
     * of it when some text has them all, else the texts with most of them; {@code offset} and
     * {@code limit} (at most {@link #MAX_PAGE}) page through them.
     */
    Results search(String question, String kind, String language, int offset, int limit);
}
