package org.familyportal.directory.infrastructure.lucene;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.tartarus.snowball.ext.RussianStemmer;

import java.util.List;

/**
 * The derivational stem of a Russian lemma: the word family a parent's word belongs to, so that
 * "психолог" meets "психологическая помощь", "суицид" meets "суицидальный", "инвалид" meets
 * "инвалидность", "опека" meets "опекун". The lemma is stemmed by Snowball (endings off:
 * "психология" and "психолог" give "психолог"); then, by what the lemma is, the one suffix that
 * made it of a noun is taken off: an adjective ("-ый", "-ий", "-ой") loses -ическ-, -альн-, -ск-
 * or -н-; an abstract noun in "-ость" its -н-, one in "-ство" its -ств-; and an agent noun's
 * -ун- goes too ("опекунство", "опекун", "опека"). Never below four letters, and an adjective
 * in "-ов-" keeps it: "мировой" stays "миров" (not "мир"), "детский" stays "детск". Words with
 * Latin letters are left as they are (English text has its own stemming). The search matches
 * stems at a lower weight than lemmas: a family is a hint, the word itself is the answer.
 */
final class Derivation {

    /** Longest first: "-ическ-" before "-ск-". */
    private static final List<String> ADJECTIVE_SUFFIXES = List.of("ическ", "альн", "ск", "н");
    private static final int SHORTEST = 4;

    private Derivation() {
    }

    static String stem(String lemma) {
        if (lemma.length() < SHORTEST
                || !Character.UnicodeBlock.CYRILLIC.equals(Character.UnicodeBlock.of(lemma.charAt(0)))) {
            return lemma;
        }
        RussianStemmer snowball = new RussianStemmer();
        snowball.setCurrent(lemma);
        snowball.stem();
        String stem = snowball.getCurrent();
        boolean adjective = lemma.endsWith("ый") || lemma.endsWith("ий") || lemma.endsWith("ой");
        if (adjective && stem.equals(lemma.substring(0, lemma.length() - 2))) {
            // Only when Snowball took the ending alone: "законный" gives "закон" already.
            stem = without(stem, ADJECTIVE_SUFFIXES);
        } else if (lemma.endsWith("ость") && stem.equals(lemma.substring(0, lemma.length() - 4))) {
            stem = without(stem, List.of("н"));
        } else if (lemma.endsWith("ство")) {
            stem = without(stem, List.of("ств"));
        }
        stem = without(stem, List.of("ун"));
        // Snowball takes a final soft sign off a noun ("родитель" -> "родител"): the same for what is left here.
        return stem.endsWith("ь") && stem.length() > SHORTEST ? stem.substring(0, stem.length() - 1) : stem;
    }

    private static String without(String stem, List<String> suffixes) {
        for (String suffix : suffixes) {
            if (stem.endsWith(suffix) && stem.length() - suffix.length() >= SHORTEST) {
                return stem.substring(0, stem.length() - suffix.length());
            }
        }
        return stem;
    }

    /** Replaces each lemma of a stream with its derivational stem. */
    static final class Filter extends TokenFilter {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

        Filter(TokenStream input) {
            super(input);
        }

        @Override
        public boolean incrementToken() throws java.io.IOException {
            if (!input.incrementToken()) {
                return false;
            }
            String stem = stem(term.toString());
            term.setEmpty().append(stem);
            return true;
        }
    }
}
