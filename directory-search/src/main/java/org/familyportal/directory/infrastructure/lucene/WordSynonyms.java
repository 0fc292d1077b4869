package org.familyportal.directory.infrastructure.lucene;

import org.familyportal.directory.domain.search.TopicSynonym;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The parents' words read as phrases (the {@code topic_synonym} entries with words to also find,
 * groups of words that mean the same, phrases pointing to terms, and pleas): "помогите найти
 * психолога" is read as "психолога"; "нет денег" also looks for "материальная помощь"; "юрист" also
 * for "правовая помощь". Words are compared by their forms (see {@link Lemmas#words}), so any case,
 * number or yo matches, and a phrase may have one word of the parent's in between ("муж опять пьет"). Immutable; a changed list is compiled anew and swapped in, and applied to
 * the query, so the index does not change. Bounded: at most {@link #MAX_EXPANSIONS} phrases and
 * {@link #MAX_TOPICS} terms are added to one query, whatever the list holds.
 */
final class WordSynonyms {

    static final int MAX_EXPANSIONS = 8;
    static final int MAX_TOPICS = 8;
    /** Words that turn a phrase into its opposite when put in it. */
    private static final Set<String> NEGATIONS = Set.of("не", "нет", "ни", "без", "not", "no", "never", "without");
    static final WordSynonyms NONE = new WordSynonyms(Map.of());

    /**
     * A phrase to look for in a query ({@code key}, the forms of each of its words) and what it
     * means: pleas ({@code stop}), or words to also find (each as the forms of its words) and terms.
     */
    private record Rule(List<Set<String>> key, boolean stop, List<List<List<String>>> also, List<TopicSynonym.Topic> topics) {
    }

    /**
     * A query as read: its text without the pleas, the phrases to also find (each a list of words,
     * each word a list of forms, any of which may match), the terms its phrases mean, and whether
     * only pleas were left out and nothing else was asked.
     */
    record Reading(String text, List<List<List<String>>> also, List<TopicSynonym.Topic> topics, boolean onlyPleas) {
    }

    /** Rules by a form of their first word. */
    private final Map<String, List<Rule>> byFirstForm;

    private WordSynonyms(Map<String, List<Rule>> byFirstForm) {
        this.byFirstForm = byFirstForm;
    }

    /**
     * Compiles {@code entries}: {@code words} reads a word or phrase word by word, {@code forms} gives
     * the forms a word to also find is searched by (the same as a query's words).
     */
    static WordSynonyms of(Collection<TopicSynonym> entries, Function<String, List<Lemmas.Word>> words,
                           Function<String, List<String>> forms) {
        Map<String, List<Rule>> byFirstForm = new HashMap<>();
        for (TopicSynonym entry : entries) {
            if (entry.crisis()) {
                continue; // danger is DangerPhrases' and TopicSynonyms' own
            }
            List<String> items = entry.wordList();
            for (String item : items) {
                List<Set<String>> key = words.apply(item).stream().map(Lemmas.Word::forms).toList();
                if (key.isEmpty()) {
                    continue;
                }
                List<String> targets = new ArrayList<>(entry.alsoFind());
                if (entry.same()) {
                    items.stream().filter(other -> !other.equals(item)).forEach(targets::add);
                }
                List<List<List<String>>> also = targets.stream().distinct().map(t -> phrase(t, words, forms))
                        .filter(p -> !p.isEmpty()).toList();
                // A single word's terms are TopicSynonyms' (by lemma); a phrase's are found here, as a whole.
                List<TopicSynonym.Topic> topics = key.size() > 1 ? entry.topicList() : List.of();
                if (!entry.stop() && also.isEmpty() && topics.isEmpty()) {
                    continue;
                }
                Rule rule = new Rule(key, entry.stop(), also, topics);
                for (String form : key.get(0)) {
                    byFirstForm.computeIfAbsent(form, f -> new ArrayList<>()).add(rule);
                }
            }
        }
        byFirstForm.replaceAll((k, v) -> List.copyOf(v));
        return new WordSynonyms(Map.copyOf(byFirstForm));
    }

    /**
     * Every phrase (each a list of words, each word its forms) some phrase of the list also finds:
     * what the index looks for in each service's text (AlsoFound).
     */
    Set<List<List<String>>> targets() {
        Set<List<List<String>>> targets = new LinkedHashSet<>();
        byFirstForm.values().forEach(rules -> rules.forEach(rule -> targets.addAll(rule.also())));
        return targets;
    }

    /** The words of {@code text} that are no stop words, each as the forms it is searched by. */
    private static List<List<String>> phrase(String text, Function<String, List<Lemmas.Word>> words,
                                             Function<String, List<String>> forms) {
        List<List<String>> phrase = new ArrayList<>();
        for (Lemmas.Word word : words.apply(text)) {
            if (!word.stop()) {
                List<String> of = forms.apply(text.substring(word.start(), word.end()));
                if (!of.isEmpty()) {
                    phrase.add(of);
                }
            }
        }
        return List.copyOf(phrase);
    }

    /**
     * Reads {@code text} (its words: {@code words}): pleas are cut out, except words that signal
     * danger ({@code danger}: never dropped), then the phrases of the rest say what to also find.
     */
    Reading read(String text, List<Lemmas.Word> words, Predicate<String> danger) {
        if (byFirstForm.isEmpty() || words.isEmpty()) {
            return new Reading(text, List.of(), List.of(), false);
        }
        boolean[] pleas = new boolean[words.size()];
        boolean pleaded = false;
        for (int i = 0; i < words.size(); i++) {
            for (Rule rule : rules(words.get(i))) {
                if (rule.stop() && matches(rule, words, i) && !signalsDanger(words, i, rule.key().size(), danger)) {
                    java.util.Arrays.fill(pleas, i, i + rule.key().size(), true);
                    pleaded = true;
                }
            }
        }
        StringBuilder kept = new StringBuilder(text);
        Set<List<List<String>>> also = new LinkedHashSet<>();
        Set<TopicSynonym.Topic> topics = new LinkedHashSet<>();
        boolean asked = false;
        for (int i = 0; i < words.size(); i++) {
            Lemmas.Word word = words.get(i);
            if (pleas[i]) {
                // Blanked out, same length: the other words keep their places.
                kept.replace(word.start(), word.end(), " ".repeat(word.end() - word.start()));
                continue;
            }
            asked |= !word.stop();
            for (Rule rule : rules(word)) {
                if (!rule.stop() && span(rule, words, i, rule.key().size() > 1) > 0) {
                    rule.also().forEach(also::add);
                    topics.addAll(rule.topics());
                }
            }
        }
        return new Reading(pleaded ? kept.toString().replaceAll("\\s+", " ").strip() : text, also.stream().limit(MAX_EXPANSIONS).toList(),
                topics.stream().limit(MAX_TOPICS).toList(), pleaded && !asked);
    }

    private List<Rule> rules(Lemmas.Word word) {
        List<Rule> rules = new ArrayList<>();
        for (String form : word.forms()) {
            rules.addAll(byFirstForm.getOrDefault(form, List.of()));
        }
        return rules;
    }

    private static boolean matches(Rule rule, List<Lemmas.Word> words, int at) {
        return span(rule, words, at, false) > 0;
    }

    /**
     * How many words of the query from {@code at} the phrase of {@code rule} covers, or 0 when it is
     * not there. With {@code gap}, one word the parent put in between is allowed ("подготовить сына к
     * школе", "муж опять пьет"), but no negation: "муж не пьет" is not "муж пьет".
     */
    private static int span(Rule rule, List<Lemmas.Word> words, int at, boolean gap) {
        int i = at;
        boolean skipped = false;
        for (int j = 0; j < rule.key().size(); j++, i++) {
            if (i >= words.size()) {
                return 0;
            }
            if (Collections.disjoint(rule.key().get(j), words.get(i).forms())) {
                if (!gap || skipped || j == 0 || !Collections.disjoint(NEGATIONS, words.get(i).forms()) || i + 1 >= words.size()
                        || Collections.disjoint(rule.key().get(j), words.get(i + 1).forms())) {
                    return 0;
                }
                skipped = true;
                i++;
            }
        }
        return i - at;
    }

    private static boolean signalsDanger(List<Lemmas.Word> words, int from, int length, Predicate<String> danger) {
        return words.subList(from, from + length).stream().flatMap(w -> w.forms().stream()).anyMatch(danger);
    }
}
