package org.familyportal.directory.infrastructure.lucene;

import org.tartarus.snowball.ext.RussianStemmer;

import java.util.List;

/**
 * The derivational stem of a Russian word: the word family a parent's word belongs to, so that
 * "психолог" meets "психологическая помощь", "суицид" meets "суицидальный", "инвалид" meets
 * "инвалидность", "опека" meets "опекун". The words are lemmas (nominative, see
 * RussianLemmaAnalyzer), or inflected adjectives the dictionary does not know ("суицидальном"):
 * an adjective's ending goes, then the one suffix that made it of a noun (-ическ-, -альн-, -ск-,
 * -н-); an abstract noun loses "-ость" and its -н-, or "-ство"; another word its nominative
 * ending ("психология" → "психолог"); last, an agent noun's -ун- ("опекун" → "опек"). Never below
 * four letters, and nothing else is cut: "мировой" stays "миров" (not "мир"), "детский" stays
 * "детск". Snowball's stemmer is not used on lemmas: it reads "миров", a lemma of "мировой", as
 * the plural of "мир". Words with Latin letters are left as they are (English analysis stems them).
 * The search matches stems at a lower weight than lemmas: a family is a hint, the word itself is
 * the answer.
 */
final class Derivation {

    private static final int SHORTEST = 4;
    /** An adjective's endings, the longest first. */
    private static final List<String> ADJECTIVE_ENDINGS = List.of("ыми", "ими", "ого", "его", "ому", "ему",
            "ый", "ий", "ой", "ая", "яя", "ое", "ее", "ые", "ие", "ых", "их", "ым", "им", "ом", "ем", "ую", "юю");
    /** Longest first: "-ическ-" before "-ск-". */
    private static final List<String> ADJECTIVE_SUFFIXES = List.of("ическ", "альн", "ск", "н");
    /** The endings of a lemma that is no adjective: nouns, verbs. */
    private static final List<String> LEMMA_ENDINGS = List.of("ться", "ть", "ти", "ия", "а", "я", "о", "е", "ь", "й", "ы", "и");

    private Derivation() {
    }

    static String stem(String word) {
        if (word.length() < SHORTEST
                || !Character.UnicodeBlock.CYRILLIC.equals(Character.UnicodeBlock.of(word.charAt(0)))) {
            return word;
        }
        String ending = ending(word, ADJECTIVE_ENDINGS);
        String stem;
        if (ending != null) {
            stem = without(cut(word, ending), ADJECTIVE_SUFFIXES);
        } else if (word.endsWith("ость") && word.length() - 4 >= SHORTEST) {
            stem = without(cut(word, "ость"), List.of("н"));
        } else if (word.endsWith("ство") && word.length() - 4 >= SHORTEST) {
            stem = cut(word, "ство");
        } else {
            String nominative = ending(word, LEMMA_ENDINGS);
            stem = nominative == null ? word : cut(word, nominative);
        }
        stem = without(stem, List.of("ун"));
        // As a noun's soft sign goes ("родитель" → "родител"), so from what is left ("родительск" → "родитель").
        return stem.endsWith("ь") && stem.length() > SHORTEST ? cut(stem, "ь") : stem;
    }

    /**
     * The stem of a word the index does not know, likely a misspelt inflected form ("психолгу"):
     * Snowball takes its case ending off first, so that one edit is left to its family ("психолог").
     */
    static String stemOfUnknown(String word) {
        if (word.isEmpty() || !Character.UnicodeBlock.CYRILLIC.equals(Character.UnicodeBlock.of(word.charAt(0)))) {
            return word;
        }
        RussianStemmer snowball = new RussianStemmer();
        snowball.setCurrent(word);
        snowball.stem();
        return stem(snowball.getCurrent());
    }

    private static String ending(String word, List<String> endings) {
        return endings.stream().filter(e -> word.endsWith(e) && word.length() - e.length() >= SHORTEST)
                .findFirst().orElse(null);
    }

    private static String cut(String word, String ending) {
        return word.substring(0, word.length() - ending.length());
    }

    private static String without(String stem, List<String> suffixes) {
        String suffix = ending(stem, suffixes);
        return suffix == null ? stem : cut(stem, suffix);
    }
}
