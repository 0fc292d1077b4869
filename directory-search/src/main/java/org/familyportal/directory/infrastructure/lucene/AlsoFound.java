package org.familyportal.directory.infrastructure.lucene;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The words and phrases the parents' phrases also mean ({@link WordSynonyms}: "приемная семья" also
 * finds "опека" and "школа приёмных родителей"), found in a service's own text when it is indexed.
 * A service whose name or description holds every word of such a phrase (in any of its forms, or a
 * word of its family) gets one feature for the phrase, weighted by where its words stand (a name
 * counts three times a description, a word of the family 0.8, as in the query's own words), so a
 * query that means the phrase asks one term instead of every form of every word in two fields and
 * their families (ops/README, the seventh sitting). Immutable; the vocabulary a generation of the
 * index was built with: a phrase it does not know (added since) is searched word by word until the
 * rebuild that follows every change of the vocabulary.
 */
final class AlsoFound {

    static final AlsoFound NONE = new AlsoFound(List.of());
    private static final String WORDS = " ";
    private static final String FORMS = "|";
    private static final float IN_NAME = 3f;
    private static final float IN_DESCRIPTION = 1f;
    private static final float IN_FAMILY = 0.8f;

    /** The phrases, each a list of words, each word the forms it is found by; and their keys, in the same order. */
    private final List<List<List<String>>> phrases;
    private final List<String> keys;
    private final Set<String> known;
    /** A form, or a family (Derivation), to the phrases and words it stands in: {phrase, word}. */
    private final Map<String, List<int[]>> byForm = new HashMap<>();
    private final Map<String, List<int[]>> byFamily = new HashMap<>();

    private AlsoFound(Collection<List<List<String>>> phrases) {
        Map<String, List<List<String>>> distinct = new LinkedHashMap<>();
        phrases.stream().filter(p -> !p.isEmpty()).forEach(p -> distinct.putIfAbsent(key(p), p));
        this.phrases = List.copyOf(distinct.values());
        this.keys = List.copyOf(distinct.keySet());
        this.known = Set.copyOf(keys);
        for (int p = 0; p < this.phrases.size(); p++) {
            List<List<String>> phrase = this.phrases.get(p);
            for (int w = 0; w < phrase.size(); w++) {
                int[] at = {p, w};
                Set<String> families = new LinkedHashSet<>();
                for (String form : phrase.get(w)) {
                    byForm.computeIfAbsent(form, f -> new ArrayList<>()).add(at);
                    families.add(Derivation.stem(form));
                }
                families.forEach(f -> byFamily.computeIfAbsent(f, x -> new ArrayList<>()).add(at));
            }
        }
    }

    /** The phrases to find (each a list of words, each word its forms). */
    static AlsoFound of(Collection<List<List<String>>> phrases) {
        return phrases.isEmpty() ? NONE : new AlsoFound(phrases);
    }

    /** As kept beside an index ({@link #stored()}). */
    static AlsoFound stored(String stored) {
        if (stored == null || stored.isBlank()) {
            return NONE;
        }
        List<List<List<String>>> phrases = new ArrayList<>();
        for (String key : stored.split("\n")) {
            List<List<String>> phrase = new ArrayList<>();
            for (String word : key.split(WORDS)) {
                phrase.add(List.of(word.split(java.util.regex.Pattern.quote(FORMS))));
            }
            phrases.add(phrase);
        }
        return of(phrases);
    }

    /** The phrases one per line, to keep beside the index they were found in. */
    String stored() {
        return String.join("\n", keys);
    }

    /** The name of the feature of {@code phrase}: its words' forms. */
    static String key(List<List<String>> phrase) {
        StringBuilder key = new StringBuilder();
        for (List<String> word : phrase) {
            if (!key.isEmpty()) {
                key.append(WORDS);
            }
            key.append(String.join(FORMS, word));
        }
        return key.toString();
    }

    /** Whether the services were read for {@code phrase} (else its words must be searched). */
    boolean covers(List<List<String>> phrase) {
        return known.contains(key(phrase));
    }

    boolean sameAs(AlsoFound other) {
        return known.equals(other.known);
    }

    /**
     * The phrases a service's text holds, each with its weight: for each of its words the best of a
     * name (3) plus a description (1) holding one of its forms, or a word of its family (0.8); the
     * words' average. {@code families} is null when the text has no word families (English).
     */
    Map<String, Float> in(List<String> name, List<String> description, List<String> families) {
        if (phrases.isEmpty()) {
            return Map.of();
        }
        // Per phrase found in part, per word: where it stands (bits; setting one twice changes nothing).
        Map<Integer, int[]> found = new HashMap<>();
        mark(found, name, byForm, NAME_BIT);
        mark(found, description, byForm, DESCRIPTION_BIT);
        if (families != null) {
            mark(found, families, byFamily, FAMILY_BIT);
        }
        Map<String, Float> weights = new LinkedHashMap<>();
        found.forEach((p, words) -> {
            float sum = 0;
            for (int where : words) {
                if (where == 0) {
                    return;
                }
                float exact = ((where & NAME_BIT) != 0 ? IN_NAME : 0) + ((where & DESCRIPTION_BIT) != 0 ? IN_DESCRIPTION : 0);
                sum += exact > 0 ? exact : IN_FAMILY;
            }
            weights.put(keys.get(p), sum / words.length);
        });
        return weights;
    }

    private static final int NAME_BIT = 1;
    private static final int DESCRIPTION_BIT = 2;
    private static final int FAMILY_BIT = 4;

    private void mark(Map<Integer, int[]> found, List<String> terms, Map<String, List<int[]>> index, int bit) {
        for (String term : terms) {
            List<int[]> places = index.get(term);
            if (places != null) {
                for (int[] at : places) {
                    found.computeIfAbsent(at[0], p -> new int[phrases.get(p).size()])[at[1]] |= bit;
                }
            }
        }
    }
}
