package org.familyportal.directory.infrastructure.lucene;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A text analysed once serves its field and the word families of the derived field. */
class AnalyzedTextTest {

    private static final RussianLemmaAnalyzer ANALYZER = new RussianLemmaAnalyzer();

    @AfterAll
    static void close() {
        ANALYZER.close();
    }

    @Test
    void familiesAreTheStemsOfTheLemmasOfEveryText() throws IOException {
        AnalyzedText name = new AnalyzedText(ANALYZER, SearchIndex.NAME, "Психологическая помощь");
        AnalyzedText description = new AnalyzedText(ANALYZER, SearchIndex.DESCRIPTION, "Приём логопеда и психолога");
        List<String> expected = new ArrayList<>();
        for (String lemma : tokens(new AnalyzedText(ANALYZER, SearchIndex.NAME, "Психологическая помощь"))) {
            expected.add(Derivation.stem(lemma));
        }
        for (String lemma : tokens(new AnalyzedText(ANALYZER, SearchIndex.DESCRIPTION, "Приём логопеда и психолога"))) {
            expected.add(Derivation.stem(lemma));
        }
        List<String> families = tokens(AnalyzedText.families(name, description));
        assertTrue(families.contains(Derivation.stem("психолог")), families.toString());
        assertTrue(families.contains(Derivation.stem("логопедический")), families.toString());
        // Both psychology words are one family, counted twice (term frequency), as the words occur.
        assertEquals(expected.stream().distinct().sorted().toList(), families.stream().distinct().sorted().toList());
        assertEquals(2, families.stream().filter(Derivation.stem("психолог")::equals).count(), families.toString());
    }

    @Test
    void aFamilyIsGivenOncePerPositionWhenTwoReadingsShareIt() throws IOException {
        // "стали" reads as сталь and стать; readings of one word sharing a stem must not count twice.
        AnalyzedText text = new AnalyzedText(ANALYZER, SearchIndex.DESCRIPTION, "психологи психологов");
        List<String> families = tokens(AnalyzedText.families(text));
        List<Integer> increments = increments(AnalyzedText.families(new AnalyzedText(ANALYZER, SearchIndex.DESCRIPTION,
                "психологи психологов")));
        assertEquals(families.size(), increments.size());
        for (int i = 1; i < families.size(); i++) {
            if (increments.get(i) == 0) {
                assertTrue(!families.get(i).equals(families.get(i - 1)), "a family repeated at one position: " + families);
            }
        }
        assertEquals(2, families.stream().filter(Derivation.stem("психолог")::equals).count(), families.toString());
    }

    private static List<String> tokens(TokenStream stream) throws IOException {
        List<String> out = new ArrayList<>();
        CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
        stream.reset();
        while (stream.incrementToken()) {
            out.add(term.toString());
        }
        stream.end();
        stream.close();
        return out;
    }

    private static List<Integer> increments(TokenStream stream) throws IOException {
        List<Integer> out = new ArrayList<>();
        PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
        stream.reset();
        while (stream.incrementToken()) {
            out.add(increment.getPositionIncrement());
        }
        stream.end();
        stream.close();
        return out;
    }
}
