package org.familyportal.directory.infrastructure.lucene;

import morfologik.stemming.Dictionary;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.miscellaneous.RemoveDuplicatesTokenFilter;
import org.apache.lucene.analysis.morfologik.MorfologikFilter;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URL;

/**
 * Russian text as parents type it: lower case, yo read as ye, stop words dropped, and every word
 * reduced to its dictionary forms (lemmas) with the morfologik dictionary of LanguageTool, so that
 * every case and number of a noun finds the noun (RussianLemmaAnalyzerTest shows examples). Common
 * slips no dictionary lists ("слушаеться", "пъет") are read as the word meant (see {@link Respelling});
 * other words the dictionary does not know (names, typos) pass through unchanged. The same analysis runs at index and at query time.
 */
public final class RussianLemmaAnalyzer extends Analyzer {

    private static final String DICTIONARY = "/org/languagetool/resource/ru/russian.dict";
    private static final Dictionary RUSSIAN = load();
    private static final NormalizeCharMap YO = yo();

    private final CharArraySet stopWords;

    public RussianLemmaAnalyzer() {
        this(RussianAnalyzer.getDefaultStopSet());
    }

    private RussianLemmaAnalyzer(CharArraySet stopWords) {
        this.stopWords = stopWords;
    }

    /** Stop words kept: phrases such as "нет денег" or "где найти" are made of them. */
    static RussianLemmaAnalyzer keepingStopWords() {
        return new RussianLemmaAnalyzer(CharArraySet.EMPTY_SET);
    }

    /** Whether {@code word} (lower case) is a Russian stop word. */
    static boolean stopWord(String word) {
        return RussianAnalyzer.getDefaultStopSet().contains(word);
    }

    /** The dictionary of Russian word forms and their lemmas (read once, shared: it is immutable). */
    static Dictionary dictionary() {
        return RUSSIAN;
    }

    @Override
    protected Reader initReader(String fieldName, Reader reader) {
        return new MappingCharFilter(YO, reader);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream stream = new LowerCaseFilter(source);
        stream = new StopFilter(stream, stopWords);
        stream = new Respelling.Filter(stream, RUSSIAN);
        stream = new MorfologikFilter(stream, RUSSIAN);
        stream = new LowerCaseFilter(stream);
        stream = new RemoveDuplicatesTokenFilter(stream);
        return new TokenStreamComponents(source, stream);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new LowerCaseFilter(in);
    }

    private static Dictionary load() {
        URL url = RussianLemmaAnalyzer.class.getResource(DICTIONARY);
        if (url == null) {
            throw new IllegalStateException("The Russian dictionary " + DICTIONARY + " is not on the classpath");
        }
        try {
            return Dictionary.read(url);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the Russian dictionary", e);
        }
    }

    private static NormalizeCharMap yo() {
        NormalizeCharMap.Builder map = new NormalizeCharMap.Builder();
        map.add("\u0451", "\u0435"); // yo -> ye
        map.add("\u0401", "\u0415"); // Yo -> Ye
        return map.build();
    }
}
