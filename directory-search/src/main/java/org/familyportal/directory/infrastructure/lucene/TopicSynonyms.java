package org.familyportal.directory.infrastructure.lucene;

import org.familyportal.directory.domain.search.Folding;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The words parents use for kinds of help (see the examples in the file), mapped to the
 * taxonomy terms services are tagged with, read from {@code topic-synonyms.txt}.
 */
final class TopicSynonyms {

    /** A taxonomy term a word points to: the facet dimension and the term's code. */
    record Topic(String dimension, String code) {
    }

    private final Map<String, List<Topic>> topics;
    private final java.util.Set<String> crisisWords;

    private TopicSynonyms(Map<String, List<Topic>> topics, java.util.Set<String> crisisWords) {
        this.topics = topics;
        this.crisisWords = crisisWords;
    }

    static TopicSynonyms standard() {
        try (InputStream in = TopicSynonyms.class.getResourceAsStream("/org/familyportal/directory/search/topic-synonyms.txt")) {
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static TopicSynonyms parse(List<String> lines) {
        Map<String, List<Topic>> topics = new HashMap<>();
        java.util.Set<String> crisis = new java.util.HashSet<>();
        for (String line : lines) {
            String rule = line.strip();
            if (rule.isEmpty() || rule.startsWith("#") || !rule.contains("=>")) {
                continue;
            }
            String[] sides = rule.split("=>", 2);
            if ("crisis".equals(sides[1].strip())) {
                for (String word : sides[0].split(",")) {
                    crisis.add(Folding.fold(word));
                }
                continue;
            }
            List<Topic> targets = new ArrayList<>();
            for (String target : sides[1].split(",")) {
                String[] parts = target.strip().split(":", 2);
                if (parts.length == 2) {
                    targets.add(new Topic(parts[0].strip(), parts[1].strip()));
                }
            }
            for (String word : sides[0].split(",")) {
                topics.computeIfAbsent(Folding.fold(word), w -> new ArrayList<>()).addAll(targets);
            }
        }
        return new TopicSynonyms(topics, crisis);
    }

    /** A word that signals danger (listed in the file): crisis help first, emergency numbers shown. */
    boolean crisis(String lemma) {
        return crisisWords.contains(lemma);
    }

    List<Topic> of(String lemma) {
        return topics.getOrDefault(lemma, List.of());
    }
}
