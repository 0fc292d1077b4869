package org.familyportal.directory.infrastructure.lucene;

import morfologik.stemming.Dictionary;
import morfologik.stemming.DictionaryLookup;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The spelling slips of Russian that no dictionary lists and that the edit distance of a typo does
 * not reach once the word is inflected: "-ться" for "-тся" and back ("слушаеться", "учится" for
 * "учиться"), a hard sign for a soft one and back ("пъет", "обьявление"). A word the dictionary
 * does not know is read as its respelling when the dictionary knows that; any other word passes
 * unchanged. Cheap: only words with one of these letters are looked up, at most three lookups each.
 */
final class Respelling {

    private static final Pattern SOFT_BEFORE_VOWEL = Pattern.compile("(?<=.)ь([еёюя])");

    private Respelling() {
    }

    /** The respellings of {@code word} (lower case) worth looking up, most likely first. */
    static List<String> of(String word) {
        List<String> respelt = new ArrayList<>(3);
        if (word.endsWith("ться")) {
            respelt.add(word.substring(0, word.length() - 4) + "тся");
        } else if (word.endsWith("тся")) {
            respelt.add(word.substring(0, word.length() - 3) + "ться");
        }
        if (word.indexOf('ъ') >= 0) {
            respelt.add(word.replace('ъ', 'ь'));
        } else if (SOFT_BEFORE_VOWEL.matcher(word).find()) {
            // A hard sign is only ever written before е, ё, ю, я.
            respelt.add(SOFT_BEFORE_VOWEL.matcher(word).replaceAll("ъ$1"));
        }
        return respelt;
    }

    /** Reads each word the dictionary does not know as its respelling the dictionary knows, if any. */
    static final class Filter extends TokenFilter {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final DictionaryLookup lookup;

        Filter(TokenStream input, Dictionary dictionary) {
            super(input);
            this.lookup = new DictionaryLookup(dictionary);
        }

        @Override
        public boolean incrementToken() throws IOException {
            if (!input.incrementToken()) {
                return false;
            }
            String word = term.toString();
            List<String> respelt = of(word);
            if (!respelt.isEmpty() && lookup.lookup(word).isEmpty()) {
                for (String candidate : respelt) {
                    if (!lookup.lookup(candidate).isEmpty()) {
                        term.setEmpty().append(candidate);
                        break;
                    }
                }
            }
            return true;
        }
    }
}
