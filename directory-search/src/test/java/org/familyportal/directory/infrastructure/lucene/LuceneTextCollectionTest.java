package org.familyportal.directory.infrastructure.lucene;

import org.familyportal.directory.domain.search.TextCollection;
import org.familyportal.directory.domain.search.TextCollection.Text;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Articles and measures read as the directory reads parents' words: forms, families, slips, English. */
class LuceneTextCollectionTest {

    private static LuceneTextCollection texts;

    @BeforeAll
    static void fill() {
        texts = new LuceneTextCollection();
        texts.replaceAll(List.of(
                new Text("unified-allowance", "measure", "ru", "Единое пособие на детей и беременным",
                        "Ежемесячная выплата семьям с доходом ниже прожиточного минимума."),
                new Text("maternity-capital", "measure", "ru", "Материнский капитал",
                        "Сертификат при рождении или усыновлении второго ребёнка; можно потратить на ипотеку."),
                new Text("family-mortgage", "measure", "ru", "Семейная ипотека", "Льготная ставка 6 % для семей с детьми."),
                new Text("psychologist-guide", "article", "ru", "Когда идти к психологу",
                        "Психологическая помощь детям и родителям бесплатно в семейных центрах."),
                new Text("runaway", "article", "ru", "Если ребёнок ушёл из дома", "Что делать в первый час: звонить 112."),
                new Text("unified-allowance-en", "measure", "en", "Unified child allowance",
                        "A monthly payment for families whose income is below the subsistence minimum.")));
    }

    @AfterAll
    static void close() throws Exception {
        texts.close();
    }

    @ParameterizedTest(name = "{0} finds {2}")
    @CsvSource({
            "пособия на детей,       measure, unified-allowance",
            "материнского капитала,  measure, maternity-capital",
            "матиринский капитал,    measure, maternity-capital",
            "ипотеку,                measure, family-mortgage",
            "психолог,               article, psychologist-guide",
            "психологическая помощь, article, psychologist-guide",
            "ребенок ушел из дома,   article, runaway",
            "allowances,             measure, unified-allowance-en",
    })
    void findsTheTextInAParentsWords(String question, String kind, String key) {
        TextCollection.Results results = texts.search(question, kind, null, 0, 10);
        assertTrue(!results.keys().isEmpty() && results.keys().get(0).equals(key), question + " → " + results.keys());
    }

    @Test
    void countsEveryKindAndPagesOneKind() {
        TextCollection.Results results = texts.search("ипотека", "article", null, 0, 10);
        assertEquals(Map.of("measure", 2, "article", 0), results.totals(), "maternity capital mentions a mortgage too");
        assertEquals(List.of(), results.keys());
        assertEquals(List.of("family-mortgage"), texts.search("ипотека", "measure", null, 0, 1).keys(), "the title weighs most");
        assertEquals(List.of("maternity-capital"), texts.search("ипотека", "measure", null, 1, 1).keys());
    }

    @Test
    void aLanguageNarrowsTheTexts() {
        assertEquals(List.of("unified-allowance-en"), texts.search("allowance", "measure", "en", 0, 10).keys());
        assertEquals(List.of(), texts.search("allowance", "measure", "ru", 0, 10).keys());
    }

    @Test
    void mostWordsWhenNoTextHasThemAll() {
        assertEquals("family-mortgage", texts.search("семейная ипотека жираф", "measure", null, 0, 10).keys().get(0));
    }

    @Test
    void nothingToLookForFindsNothing() {
        assertEquals(List.of(), texts.search("и в на", "measure", null, 0, 10).keys());
        assertEquals(List.of(), texts.search("", null, null, 0, 10).keys());
        assertEquals(List.of(), texts.search(null, null, null, 0, 10).keys());
        assertTrue(texts.search("пособие ".repeat(500), "measure", null, -5, 10_000).keys().size() <= TextCollection.MAX_PAGE);
    }
}
