package org.familyportal.directory.infrastructure.lucene;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.familyportal.directory.domain.search.TextLanguage;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The forms of a text's words as the index holds them: Russian lemmas and, when the text has Latin
 * letters, English stems too (a query or a synonym does not say its language; a document does).
 * Queries, the parents' vocabulary and the inference of a service's kinds of help all read words
 * through this one place, so that they meet.
 */
final class Lemmas implements Closeable {

    private final Analyzer russian = new RussianLemmaAnalyzer();
    private final Analyzer english = new EnglishAnalyzer();

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
    }
}
