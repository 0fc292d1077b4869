package org.familyportal.directory.infrastructure.lucene;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RussianLemmaAnalyzerTest {

    private final Analyzer analyzer = new RussianLemmaAnalyzer();

    private List<String> terms(String text) throws Exception {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        }
        return terms;
    }

    @Test
    void inflectedFormsMeetInTheirLemma() throws Exception {
        assertTrue(terms("психолога").contains("психолог"), terms("психолога").toString());
        assertTrue(terms("Психологи").contains("психолог"));
        assertTrue(terms("подростков").contains("подросток"), terms("подростков").toString());
        assertTrue(terms("многодетным семьям").containsAll(List.of("многодетный", "семья")),
                terms("многодетным семьям").toString());
    }

    @Test
    void yoIsReadAsYeAndStopWordsAreDropped() throws Exception {
        assertEquals(terms("ребенок"), terms("ребёнок"));
        assertTrue(terms("помощь для детей").stream().noneMatch("для"::equals), terms("помощь для детей").toString());
    }

    @Test
    void unknownWordsAndTyposPassThrough() throws Exception {
        assertEquals(List.of("псхолог"), terms("псхолог"));
        assertTrue(terms("«Опора»").contains("опора"), "quotes go, the word stays");
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0} is read as {1}")
    @org.junit.jupiter.params.provider.CsvSource({
            "слушаеться, слушаться", "не учиться, учиться", "пъет, пить", "обьявление, объявление",
            "сьел, съесть", "учится, учиться", "ругаеться, ругаться", "детьми, ребёнок", "семьи, семья"})
    void slipsNoDictionaryListsAreReadAsTheWordMeant(String typed, String lemma) throws Exception {
        assertTrue(terms(typed).contains(lemma), typed + " -> " + terms(typed));
    }
}
