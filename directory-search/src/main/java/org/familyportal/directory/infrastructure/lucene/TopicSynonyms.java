package org.familyportal.directory.infrastructure.lucene;

import org.familyportal.directory.domain.search.Folding;
import org.familyportal.directory.domain.search.TopicSynonym;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The words parents use for kinds of help (the {@code topic_synonym} table, kept by
 * administrators), as the search looks them up: by lemma, mapped to the taxonomy terms services
 * are tagged with. Immutable; a changed list is compiled anew and swapped in.
 */
final class TopicSynonyms {

    static final TopicSynonyms NONE = new TopicSynonyms(Map.of(), Set.of());

    private final Map<String, List<TopicSynonym.Topic>> topics;
    private final Set<String> crisisWords;

    private TopicSynonyms(Map<String, List<TopicSynonym.Topic>> topics, Set<String> crisisWords) {
        this.topics = topics;
        this.crisisWords = crisisWords;
    }

    /**
     * Compiles {@code entries}; {@code forms} gives the lemmas a word is searched by (a word in
     * any case or number finds what its dictionary form finds), besides the word itself.
     */
    static TopicSynonyms of(Collection<TopicSynonym> entries, Function<String, Collection<String>> forms) {
        Map<String, List<TopicSynonym.Topic>> topics = new HashMap<>();
        Set<String> crisis = new HashSet<>();
        for (TopicSynonym entry : entries) {
            for (String word : entry.wordList()) {
                if (TopicSynonym.isPhrase(word)) {
                    // A phrase means something only as a whole: danger (DangerPhrases) or other words (WordSynonyms).
                    continue;
                }
                Set<String> keys = new HashSet<>(forms.apply(word));
                keys.add(Folding.fold(word));
                for (String key : keys) {
                    if (entry.crisis()) {
                        crisis.add(key);
                    } else {
                        List<TopicSynonym.Topic> targets = topics.computeIfAbsent(key, w -> new ArrayList<>());
                        entry.topicList().stream().filter(t -> !targets.contains(t)).forEach(targets::add);
                    }
                }
            }
        }
        return new TopicSynonyms(Map.copyOf(topics), Set.copyOf(crisis));
    }

    /** A word that signals danger: crisis help first, emergency numbers shown. */
    boolean crisis(String lemma) {
        return crisisWords.contains(lemma);
    }

    List<TopicSynonym.Topic> of(String lemma) {
        return topics.getOrDefault(lemma, List.of());
    }
}
