package org.familyportal.directory.domain.search;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Words or short phrases parents use ("юрист", "нет денег") and what they mean: taxonomy terms
 * ({@code category:legal-aid, audience:large-family}), other words and phrases the search also
 * looks for ("правовая помощь"), {@code same} (the words mean the same: each finds the others),
 * or one of two markers alone: {@code crisis} (the words signal danger: "суицид", "не хочу жить";
 * see the search's DangerPhrases) or {@code stop} (pleas such as "помогите", "где найти", left out
 * of the query before it is matched). Administrators keep the list; {@link #problems} says what is
 * wrong with an entry as typed.
 *
 * @param words  comma-separated words or phrases, in any form (search reduces them to lemmas)
 * @param topics comma-separated {@code dimension:code} terms, words and phrases, {@code same}; or
 *               {@code crisis} or {@code stop} alone
 */
public record TopicSynonym(int id, String words, String topics, Instant lastModified, String modifiedBy) {

    public static final int WORDS_LENGTH = 1000;
    public static final int TOPICS_LENGTH = 500;
    public static final String CRISIS = "crisis";
    /** The words are pleas ("помогите", "где найти"), not what is looked for: left out of the query. */
    public static final String STOP = "stop";
    /** The words mean the same: each also finds the others. */
    public static final String SAME = "same";
    /** The most words or phrases on either side of an entry (each one is looked up at every search). */
    public static final int ITEMS = 30;
    /** The facet dimensions a word may point to (each is a taxonomy of the directory). */
    public static final Set<String> DIMENSIONS = Set.of("category", "audience", "format", "provider");
    /** The most words a phrase may have. */
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

    /** Pleas to leave out of the query ({@link #STOP}). */
    public boolean stop() {
        return STOP.equals(Folding.fold(topics));
    }

    /** The words mean the same as each other ({@link #SAME}). */
    public boolean same() {
        return split(topics).stream().map(Folding::fold).anyMatch(SAME::equals);
    }

    /** The words and phrases the entry's words also find (folded): the plain ones among its topics. */
    public List<String> alsoFind() {
        if (crisis() || stop()) {
            return List.of();
        }
        return split(topics).stream().filter(t -> t.indexOf(':') < 0).map(Folding::fold)
                .filter(t -> !SAME.equals(t)).distinct().toList();
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

    /** The entry's topics as they are kept: terms, markers and words, each once, without blanks around them. */
    public String keptTopics() {
        if (crisis() || stop()) {
            return crisis() ? CRISIS : STOP;
        }
        List<String> kept = new ArrayList<>();
        if (same()) {
            kept.add(SAME);
        }
        topicList().forEach(t -> kept.add(t.toString()));
        split(topics).stream().filter(t -> t.indexOf(':') < 0 && !SAME.equals(Folding.fold(t)))
                .map(t -> String.join(" ", t.split("\\s+"))).forEach(kept::add);
        return String.join(", ", kept.stream().distinct().toList());
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
        } else if (wordList.size() > ITEMS) {
            problems.add(new Problem("words", "admin.synonyms.error.tooMany", Integer.toString(ITEMS)));
        } else {
            // Words or short phrases ("не хочу жить", "нет денег").
            wordList.stream().filter(w -> !phrase(w)).findFirst()
                    .ifPresent(w -> problems.add(new Problem("words", "admin.synonyms.error.word", w)));
        }
        List<String> topicList = split(topics);
        if (topicList.isEmpty()) {
            problems.add(new Problem("topics", "admin.synonyms.error.noTopics", null));
        } else if (topics.length() > TOPICS_LENGTH) {
            problems.add(new Problem("topics", "admin.synonyms.error.tooLong", Integer.toString(TOPICS_LENGTH)));
        } else if (topicList.size() > ITEMS) {
            problems.add(new Problem("topics", "admin.synonyms.error.tooMany", Integer.toString(ITEMS)));
        } else if (!(topicList.size() == 1 && marker(topicList.get(0)))) {
            for (String topic : topicList) {
                if (marker(topic)) {
                    problems.add(new Problem("topics", "admin.synonyms.error.alone", topic));
                    break;
                }
                if (topic.indexOf(':') < 0) {
                    if (!SAME.equals(Folding.fold(topic)) && !phrase(topic)) {
                        problems.add(new Problem("topics", "admin.synonyms.error.word", topic));
                        break;
                    }
                    continue;
                }
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

    /**
     * Whether an item is more than one word to the search ("нет денег", and "ребёнок-инвалид": a
     * hyphen parts words too): it means something only as a whole, never word by word.
     */
    public static boolean isPhrase(String item) {
        return item.strip().split("[\\s-]+").length > 1;
    }

    /** {@code crisis} or {@code stop}: only alone. */
    private static boolean marker(String topic) {
        String folded = Folding.fold(topic);
        return CRISIS.equals(folded) || STOP.equals(folded);
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
