package org.familyportal.directory.infrastructure.lucene;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** Word families: a parent's word meets its derivational relatives, and only them. */
class DerivationTest {

    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource({
            "психолог, психологический",
            "психолог, психология",
            "суицид, суицидальный",
            "логопед, логопедический",
            "инвалид, инвалидность",
            "опека, опекун",
            "опекун, опекунство",
            "кризис, кризисный",
            "закон, законный",
            "медицина, медицинский",
            "родитель, родительский",
            "алкоголь, алкогольный",
            "зависимость, зависимый",
            "беременность, беременный",
            "педагог, педагогический",
    })
    void relativesShareTheirFamily(String word, String relative) {
        assertEquals(Derivation.stem(word), Derivation.stem(relative));
    }

    @ParameterizedTest(name = "{0} !~ {1}")
    @CsvSource({
            "мир, мировой",          // "мировой суд" is no peace
            "материальный, материнский",
            "дети, детский",         // too short to cut: "дет"
            "право, правовой",
            "семья, семейный",
            "юрист, юридический",    // not by suffix: the synonym list joins them
            "социум, социальный",
    })
    void otherWordsStayApart(String word, String other) {
        assertNotEquals(Derivation.stem(word), Derivation.stem(other));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "суицидальном, суицид",          // an inflected adjective the dictionary does not know
            "аутистического, аутист",
            "lawyer, lawyer",                // Latin words are English analysis's business
            "мир, мир",
            "миров, миров",                  // a lemma of "мировой", not the plural of "мир"
    })
    void stems(String word, String stem) {
        assertEquals(stem, Derivation.stem(word));
    }

    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource({
            "психолгу, психолог",            // a misspelt inflected form: one edit from its family, its ending off
            "пасобие, пособие",
            "юрису, юридический",
            "логапеда, логопед",
    })
    void aMisspeltFormIsOneEditFromItsFamily(String typo, String word) {
        assertEquals(1, distance(Derivation.stemOfUnknown(typo), Derivation.stem(word)), typo + " / " + word);
    }

    /** Levenshtein: what FuzzyQuery counts (it counts a swap of two letters as one edit too). */
    private static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            for (int j = 0; j <= b.length(); j++) {
                d[i][j] = i == 0 ? j : j == 0 ? i : Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1),
                        d[i - 1][j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
            }
        }
        return d[a.length()][b.length()];
    }
}
