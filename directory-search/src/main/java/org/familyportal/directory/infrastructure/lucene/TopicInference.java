package org.familyportal.directory.infrastructure.lucene;

import org.familyportal.directory.domain.search.Folding;
import org.familyportal.directory.domain.search.InferredTopics;
import org.familyportal.directory.domain.search.TopicSynonym;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The kinds of help and audiences a service's own words name, read with the parents' vocabulary
 * (the {@code topic_synonym} words and the taxonomy terms they point to): "правовая помощь" in a
 * description infers {@code category:legal-aid} for a directory imported without our taxonomy.
 * Words are compared by their lemmas ({@code forms}: the same analysis the search uses, Russian
 * and, for Latin text, English), so any case, number or English inflection counts. Inferred terms
 * are kept apart from the assigned ones and never replace them: a term a service is tagged with is
 * not inferred again. Only categories and audiences are inferred; crisis words are not (danger is
 * decided from the query).
 * <p>
 * Known limitations: words are read one by one, so a negation ("не оказываем юридическую помощь")
 * still infers what it denies, and a vocabulary word that is also an everyday word ("занятие" for
 * parents' schools, "телефон" for hotlines) infers its term from any text that uses it. Inferred
 * terms therefore weigh half as much as assigned ones in the search, and moderators see them
 * marked as inferred.
 */
public final class TopicInference {

    static final TopicInference NONE = new TopicInference(Map.of(), text -> Set.of());


    private final Map<String, Set<TopicSynonym.Topic>> byForm;
    private final Function<String, Collection<String>> forms;

    private TopicInference(Map<String, Set<TopicSynonym.Topic>> byForm, Function<String, Collection<String>> forms) {
        this.byForm = byForm;
        this.forms = forms;
    }

    /**
     * The vocabulary of {@code entries}: {@code wordForms} gives the forms a vocabulary word is
     * known by (its lemmas, not widened by stemming: "parenting" must not catch every "parents"),
     * {@code textForms} the forms of a service's words (lemmas, and English stems for Latin text).
     */
    public static TopicInference of(Collection<TopicSynonym> entries, Function<String, Collection<String>> wordForms,
                                    Function<String, Collection<String>> textForms) {
        Map<String, Set<TopicSynonym.Topic>> byForm = new HashMap<>();
        for (TopicSynonym entry : entries) {
            if (entry.crisis()) {
                continue;
            }
            for (String word : entry.wordList()) {
                if (TopicSynonym.isPhrase(word)) {
                    continue; // a phrase ("нет денег") is read in queries as a whole, not word by word here
                }
                Set<String> keys = new LinkedHashSet<>(wordForms.apply(word));
                keys.add(Folding.fold(word));
                for (String key : keys) {
                    for (TopicSynonym.Topic topic : entry.topicList()) {
                        if ("category".equals(topic.dimension()) || "audience".equals(topic.dimension())) {
                            byForm.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(topic);
                        }
                    }
                }
            }
        }
        byForm.replaceAll((k, v) -> Set.copyOf(v));
        return new TopicInference(Map.copyOf(byForm), textForms);
    }

    /**
     * The categories and audiences {@code text} names (a service's name, description, organisation,
     * eligibility, in any order), without those in {@code assignedCategories} and
     * {@code assignedAudiences}.
     */
    public InferredTopics infer(String text, Set<String> assignedCategories, Set<String> assignedAudiences) {
        if (text == null || text.isBlank() || byForm.isEmpty()) {
            return InferredTopics.NOTHING;
        }
        Set<String> categories = new LinkedHashSet<>();
        Set<String> audiences = new LinkedHashSet<>();
        for (String form : forms.apply(text)) {
            for (TopicSynonym.Topic topic : byForm.getOrDefault(form, Set.of())) {
                if ("category".equals(topic.dimension()) && !assignedCategories.contains(topic.code())) {
                    categories.add(topic.code());
                } else if ("audience".equals(topic.dimension()) && !assignedAudiences.contains(topic.code())) {
                    audiences.add(topic.code());
                }
            }
        }
        return categories.isEmpty() && audiences.isEmpty() ? InferredTopics.NOTHING
                : new InferredTopics(categories, audiences);
    }
}
