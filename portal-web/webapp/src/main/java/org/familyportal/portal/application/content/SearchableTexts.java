package org.familyportal.portal.application.content;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.familyportal.directory.domain.search.TextCollection;
import org.familyportal.portal.application.content.TextSource.SearchableText;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The texts of the site besides services (articles, support measures), searched with the
 * directory's reading of parents' words ({@link TextCollection}). Filled from every
 * {@link TextSource} at the first question and whenever {@link #refresh()} finds them changed (a
 * job calls it every minute: scheduled articles appear on time, on every server).
 */
@ApplicationScoped
public class SearchableTexts {

    private static final Logger LOG = Logger.getLogger(SearchableTexts.class.getName());

    /** A page of hits of one kind, and how many texts of each kind match. */
    public record Page(Map<String, Integer> totals, List<SearchableText> hits) {

        public int total(String kind) {
            return totals.getOrDefault(kind, 0);
        }
    }

    @Inject
    @Any
    Instance<TextSource> sources;

    @Inject
    TextCollection collection;

    private volatile Map<String, SearchableText> byKey;
    private volatile int fingerprint;

    /**
     * Reads every source again and replaces the collection when anything changed. In a transaction of
     * its own: the job calls it from a managed thread, where the sources' repositories need one.
     */
    @Transactional
    public void refresh() {
        refresh(sources);
    }

    synchronized void refresh(Iterable<TextSource> sources) {
        Map<String, SearchableText> texts = new HashMap<>();
        List<TextCollection.Text> indexed = new ArrayList<>();
        for (TextSource source : sources) {
            try {
                for (SearchableText t : source.published()) {
                    String key = source.kind() + ":" + t.key() + ":" + t.language();
                    texts.put(key, t);
                    indexed.add(new TextCollection.Text(key, source.kind(), t.language(), t.title(),
                            Objects.toString(t.summary(), "") + "\n" + Objects.toString(t.body(), "")));
                }
            } catch (RuntimeException e) {
                // One kind that cannot be read leaves the others searchable, and its texts as they were.
                LOG.log(Level.WARNING, "Cannot read the texts of " + source.kind() + " for the search", e);
                if (byKey != null) {
                    byKey.forEach((k, v) -> {
                        if (k.startsWith(source.kind() + ":")) {
                            texts.put(k, v);
                        }
                    });
                }
            }
        }
        int now = texts.hashCode();
        if (byKey == null || now != fingerprint) {
            if (byKey != null || !indexed.isEmpty()) {
                collection.replaceAll(indexed);
            }
            byKey = Map.copyOf(texts);
            fingerprint = now;
        }
    }

    /**
     * The texts of {@code kind} matching {@code question} in the reader's {@code language}; when none
     * in any kind does (an English reader asking in Russian, a text not translated), in any language.
     */
    public Page search(String question, String kind, String language, int offset, int limit) {
        if (byKey == null) {
            refresh();
        }
        TextCollection.Results results = collection.search(question, kind, language, offset, limit);
        if (language != null && results.totals().values().stream().allMatch(n -> n == 0)) {
            results = collection.search(question, kind, null, offset, limit);
        }
        List<SearchableText> hits = new ArrayList<>();
        for (String key : results.keys()) {
            SearchableText t = byKey.get(key);
            if (t != null) {
                hits.add(t);
            }
        }
        return new Page(results.totals(), hits);
    }
}
