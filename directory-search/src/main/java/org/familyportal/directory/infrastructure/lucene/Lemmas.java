package org.familyportal.directory.infrastructure.lucene;

import morfologik.stemming.DictionaryLookup;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.familyportal.directory.domain.search.Folding;
import org.familyportal.directory.domain.search.TextLanguage;
import org.tartarus.snowball.ext.EnglishStemmer;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The forms of a text's words as the index holds them: Russian lemmas and, when the text has Latin
 * letters, English stems too (a query or a synonym does not say its language; a document does).
 * Queries, the parents' vocabulary and the inference of a service's kinds of help all read words
 * through this one place, so that they meet.
 */
final class Lemmas implements Closeable {

    /** The most words of a text read one by one ({@link #words}): a query is short, a longer text is cut. */
    static final int MAX_WORDS = 64;

    private final Analyzer russian = new RussianLemmaAnalyzer();
    private final Analyzer english = new EnglishAnalyzer();
    private final Analyzer everyWord = RussianLemmaAnalyzer.keepingStopWords();

    /**
     * A word of a text as typed, stop words included: where it is ({@code start}, {@code end}),
     * its forms (Russian lemmas, or the word and its English stem), and whether it is a stop word.
     */
    record Word(int start, int end, Set<String> forms, boolean stop) {
    }

    /** The distinct forms of {@code text}'s words, in order. */
    List<String> of(String text) {
        try {
            List<String> forms = new ArrayList<>();
            add(russian, text, forms);
            if (TextLanguage.hasLatin(text)) {
                add(english, text, forms);
            }
            return forms;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The Russian lemmas of {@code text} only (English words as written, lower case): for words of
     * the vocabulary, which must not be widened by stemming ("parenting" is not "parents").
     */
    List<String> russianOf(String text) {
        try {
            List<String> forms = new ArrayList<>();
            add(russian, text, forms);
            return forms;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The words of {@code text} in order, at most {@link #MAX_WORDS}: phrases of the vocabulary
     * ("нет денег", "где найти", "help me") are found among them word by word.
     */
    List<Word> words(String text) {
        List<Word> words = new ArrayList<>();
        try (TokenStream stream = everyWord.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                if (increment.getPositionIncrement() > 0 || words.isEmpty()) {
                    if (words.size() == MAX_WORDS) {
                        break;
                    }
                    String typed = Folding.fold(text.substring(offset.startOffset(), offset.endOffset()));
                    Set<String> forms = new LinkedHashSet<>();
                    if (TextLanguage.hasLatin(typed)) {
                        EnglishStemmer stemmer = new EnglishStemmer();
                        stemmer.setCurrent(typed);
                        stemmer.stem();
                        forms.add(stemmer.getCurrent());
                    }
                    words.add(new Word(offset.startOffset(), offset.endOffset(), forms,
                            RussianLemmaAnalyzer.stopWord(typed) || EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.contains(typed)));
                }
                words.get(words.size() - 1).forms().add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }

    /**
     * Whether {@code lemma} is a word of the Russian dictionary: then it is no typo, even where the
     * index does not have it ("мир" and its other reading "миро" are not misspelt "миров").
     */
    boolean inDictionary(String lemma) {
        return !new DictionaryLookup(RussianLemmaAnalyzer.dictionary()).lookup(lemma).isEmpty();
    }

    private static void add(Analyzer analyzer, String text, List<String> forms) throws IOException {
        try (TokenStream stream = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                if (!forms.contains(term.toString())) {
                    forms.add(term.toString());
                }
            }
            stream.end();
        }
    }

    @Override
    public void close() {
        russian.close();
        english.close();
        everyWord.close();
    }
}
