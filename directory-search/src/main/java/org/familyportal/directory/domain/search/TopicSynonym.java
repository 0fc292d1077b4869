package org.familyportal.directory.domain.search;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Words parents use for a kind of help or an audience, and the taxonomy terms they mean
 * ({@code category:legal-aid, audience:large-family}), or {@code crisis}: words or short phrases that
 * signal danger ("суицид", "не хочу жить"; see the search's DangerPhrases).
 * A query word listed here also finds the services tagged with those terms. Administrators keep
 * the list; {@link #problems} says what is wrong with an entry as typed.
 *
 * @param words  comma-separated words, in any form (search reduces them to lemmas)
 * @param topics comma-separated {@code dimension:code} terms, or {@code crisis}
 */
public record TopicSynonym(int id, String words, String topics, Instant lastModified, String modifiedBy) {

    public static final int WORDS_LENGTH = 1000;
    public static final int TOPICS_LENGTH = 500;
    public static final String CRISIS = "crisis";
    /** The facet dimensions a word may point to (each is a taxonomy of the directory). */
    public static final Set<String> DIMENSIONS = Set.of("category", "audience", "format", "provider");
    /** The most words a danger phrase may have. */
    public static final int PHRASE_WORDS = 5;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'-]{0,49}");

    /** A term a word points to: the facet dimension and the term's code. */
    public record Topic(String dimension, String code) {
        @Override
        public String toString() {
            return dimension + ":" + code;
        }
    }

    /** A problem with an entry as typed: a message key, and the part it is about (or null). */
    public record Problem(String field, String key, String detail) {
    }

    /** The words, folded (see {@link Folding}), without repeats. */
    public List<String> wordList() {
        return split(words).stream().map(Folding::fold).distinct().toList();
    }

    public boolean crisis() {
        return CRISIS.equals(Folding.fold(topics));
    }

    /** The terms the words point to; none for crisis words. */
    public List<Topic> topicList() {
        if (crisis()) {
            return List.of();
        }
        List<Topic> list = new ArrayList<>();
        for (String part : split(topics)) {
            int colon = part.indexOf(':');
            if (colon > 0) {
                list.add(new Topic(part.substring(0, colon).strip().toLowerCase(Locale.ROOT), part.substring(colon + 1).strip()));
            }
        }
        return list;
    }

    /** The entry as one rule line: {@code words => topics}. */
    public String rule() {
        return String.join(", ", wordList()) + " => " + (crisis() ? CRISIS
                : String.join(", ", topicList().stream().map(Topic::toString).toList()));
    }

    /**
     * What is wrong with an entry as typed (empty when nothing): {@code known} are the taxonomy
     * terms that exist, as {@code dimension:code}.
     */
    public static List<Problem> problems(String words, String topics, Set<String> known) {
        List<Problem> problems = new ArrayList<>();
        List<String> wordList = split(words);
        if (wordList.isEmpty()) {
            problems.add(new Problem("words", "admin.synonyms.error.noWords", null));
        } else if (words.length() > WORDS_LENGTH) {
            problems.add(new Problem("words", "admin.synonyms.error.tooLong", Integer.toString(WORDS_LENGTH)));
        } else {
            // Danger may be a phrase ("не хочу жить"); other words are single words.
            boolean crisis = CRISIS.equals(Folding.fold(topics));
            wordList.stream().filter(w -> !(crisis ? phrase(w) : WORD.matcher(w).matches())).findFirst()
                    .ifPresent(w -> problems.add(new Problem("words", "admin.synonyms.error.word", w)));
        }
        List<String> topicList = split(topics);
        if (topicList.isEmpty()) {
            problems.add(new Problem("topics", "admin.synonyms.error.noTopics", null));
        } else if (topics.length() > TOPICS_LENGTH) {
            problems.add(new Problem("topics", "admin.synonyms.error.tooLong", Integer.toString(TOPICS_LENGTH)));
        } else if (!(topicList.size() == 1 && CRISIS.equals(Folding.fold(topicList.get(0))))) {
            for (String topic : topicList) {
                String normalized = topic.replaceAll("\\s*:\\s*", ":");
                int colon = normalized.indexOf(':');
                String dimension = colon > 0 ? normalized.substring(0, colon).toLowerCase(Locale.ROOT) : "";
                if (!DIMENSIONS.contains(dimension) || !known.contains(dimension + ":" + normalized.substring(colon + 1))) {
                    problems.add(new Problem("topics", "admin.synonyms.error.topic", topic));
                    break;
                }
            }
        }
        return problems;
    }

    /** One to {@link #PHRASE_WORDS} words. */
    private static boolean phrase(String text) {
        String[] words = text.strip().split("\\s+");
        return words.length <= PHRASE_WORDS && java.util.Arrays.stream(words).allMatch(w -> WORD.matcher(w).matches());
    }

    private static List<String> split(String text) {
        Set<String> parts = new LinkedHashSet<>();
        if (text != null) {
            for (String part : text.split(",")) {
                if (!part.isBlank()) {
                    parts.add(part.strip());
                }
            }
        }
        return new ArrayList<>(parts);
    }
}
