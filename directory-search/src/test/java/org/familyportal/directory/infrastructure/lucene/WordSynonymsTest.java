package org.familyportal.directory.infrastructure.lucene;

import org.familyportal.directory.domain.search.TopicSynonym;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How a query is read with the parents' phrases: pleas cut out, phrases and words to also find. */
class WordSynonymsTest {

    private static final Lemmas LEMMAS = new Lemmas();
    private static final WordSynonyms WORDS = WordSynonyms.of(List.of(
            entry("помогите, где найти, подскажите пожалуйста, куда обратиться, срочно нужен, help me, where can i find", "stop"),
            entry("убивать", "stop"), // a careless plea: danger is never cut out
            entry("юрист, правовая помощь, юридическая консультация", "same"),
            entry("нет денег, нечего есть", "продуктовый набор, материальная помощь, category:humanitarian-aid"),
            entry("муж пьет", "зависимость, созависимость, category:addiction-help"),
            entry("no money", "food, financial help"),
            entry("многое", IntStream.range(0, 30).mapToObj(i -> "слово" + (char) ('а' + i)).collect(Collectors.joining(", "))),
            entry("суицид", "crisis")), LEMMAS::words, LEMMAS::of);

    @AfterAll
    static void close() {
        LEMMAS.close();
    }

    private static TopicSynonym entry(String words, String topics) {
        return new TopicSynonym(0, words, topics, Instant.EPOCH, "test");
    }

    private static WordSynonyms.Reading read(String text) {
        return WORDS.read(text, LEMMAS.words(text), "убивать"::equals);
    }

    @ParameterizedTest(name = "\"{0}\" asks \"{1}\"")
    @CsvSource(delimiter = '|', value = {
            "помогите найти психолога|найти психолога",
            "Помогите, где найти психолога?|, психолога?",
            "подскажите пожалуйста куда обратиться с разводом|с разводом",
            "срочно нужен юрист|юрист",
            "срочно нужна юристка|юристка",         // the plea in any form: "нужна" is "нужен"
            "help me find a lawyer|find a lawyer",
            "where can I find food|food",
            "где найти|''",
            "психолог|психолог",
            "меня убивают помогите|меня убивают",       // danger is never cut out
    })
    void pleasAreLeftOut(String query, String asked) {
        assertEquals(asked, read(query).text());
    }

    @ParameterizedTest(name = "\"{0}\" only pleads: {1}")
    @CsvSource(delimiter = '|', value = {
            "помогите|true",
            "Помогите мне!|true",           // "мне" is a stop word
            "где найти|true",
            "help me|true",
            "помогите найти психолога|false",
            "психолог|false",
            "убивают|false",
            "''|false",
    })
    void aQueryOfPleasOnlyIsToldApart(String query, boolean onlyPleas) {
        assertEquals(onlyPleas, read(query).onlyPleas());
    }

    @ParameterizedTest(name = "\"{0}\" also finds \"{1}\"")
    @CsvSource(delimiter = '|', value = {
            "юрист|правовой помощь",
            "юристы нужны|юридический консультация",
            "правовая помощь|юрист",              // a group: each finds the others
            "у нас нет денег|продуктовый набор",
            "нечего есть детям|материальный помощь",
            "муж пьёт|созависимость",             // yo as ye, any form of the verb
            "мой муж пьет каждый день|зависимость",
            "муж опять пьет|зависимость",          // a word put in between
            "we have no money|financial help",
    })
    void phrasesAndWordsFindWhatTheyMean(String query, String alsoFound) {
        List<String> also = read(query).also().stream()
                .map(phrase -> phrase.stream().map(forms -> forms.get(0)).collect(Collectors.joining(" "))).toList();
        assertTrue(also.contains(alsoFound), also.toString());
    }

    @Test
    void aPhraseMeansSomethingOnlyAsAWhole() {
        assertTrue(read("муж").also().isEmpty(), "\"муж\" alone is no drinking");
        assertTrue(read("денег нет").also().isEmpty(), "the words of a phrase in another order are another phrase");
        assertTrue(read("муж не пьет").also().isEmpty(), "a word in between, but no negation");
        assertTrue(read("муж пришел и пьет").also().isEmpty(), "one word in between, not more");
        assertEquals(List.of(new TopicSynonym.Topic("category", "addiction-help")), read("муж пьет").topics());
        assertTrue(read("пьет").topics().isEmpty());
    }

    @Test
    void whatAQueryAlsoFindsIsBounded() {
        assertEquals(WordSynonyms.MAX_EXPANSIONS, read("многое").also().size());
    }

    @Test
    void dangerWordsAreNotReadHere() {
        WordSynonyms.Reading reading = read("суицид");
        assertEquals("суицид", reading.text());
        assertTrue(reading.also().isEmpty());
        assertFalse(reading.onlyPleas());
    }
}
