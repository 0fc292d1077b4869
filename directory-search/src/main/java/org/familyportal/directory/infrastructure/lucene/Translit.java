package org.familyportal.directory.infrastructure.lucene;

import morfologik.stemming.DictionaryLookup;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Russian typed in Latin letters ("muzh b'et", "pomogite", "alimenty ne platit"), as people write
 * it on a phone without a Russian keyboard, read in Cyrillic. No single scheme is used (zh or j, ya
 * or ja, y for ы, й or ь, a soft sign as ' or left out), so each Latin word is spelt in Cyrillic in
 * the ways these schemes allow and read as the first spelling the Russian dictionary knows.
 * <p>
 * A query is read so only when it has no Cyrillic letter and most of its Latin words (of three
 * letters or more: at least two, and eight in ten) are Russian words so spelt: an English query
 * ("my son is killing it at chess") is left as it is, though a word of it may happen to spell a
 * Russian one ("son", "сон"). A word of a translit query that spells no Russian word is kept in its
 * plainest Cyrillic spelling ("s" as "с").
 */
final class Translit {

    /** Latin letter groups and the Cyrillic letters each may stand for, most likely first. */
    private static final String[][] RULES = {
        {"shch", "щ"}, {"sch", "щ", "сч"}, {"sh", "ш"}, {"zh", "ж"}, {"kh", "х"}, {"ch", "ч"}, {"ts", "ц"},
        {"tz", "ц"}, {"ya", "я", "ья"}, {"ja", "я", "ья"}, {"yu", "ю", "ью"}, {"ju", "ю", "ью"},
        {"yo", "е", "ье", "йо"}, {"jo", "е", "ье"}, {"ye", "е", "ье"}, {"je", "е", "ье"}, {"ii", "ий"},
        {"a", "а"}, {"b", "б"}, {"v", "в"}, {"w", "в"}, {"g", "г"}, {"d", "д"}, {"e", "е", "э"},
        {"z", "з"}, {"i", "и", "ы", "й", "ь"}, {"y", "ы", "й", "ь"}, {"j", "й", "ж"}, {"k", "к"}, {"l", "л", "ль"},
        {"m", "м"}, {"n", "н"}, {"o", "о"}, {"p", "п"}, {"r", "р"}, {"s", "с"}, {"t", "т"}, {"u", "у"},
        {"f", "ф"}, {"h", "х"}, {"c", "ц", "к"}, {"x", "кс", "х"}, {"q", "к"}, {"'", "ь", "ъ"}, {"`", "ь"},
    };
    private static final Pattern WORD = Pattern.compile("[a-z'`]+|[^a-z'`]+");
    private static final Pattern CYRILLIC = Pattern.compile("\\p{IsCyrillic}");
    private static final Pattern LATIN_LETTER = Pattern.compile("[a-z]");
    /** Spellings tried per word at most: a long word could otherwise be spelt in thousands of ways. */
    private static final int MAX_SPELLINGS = 300;
    private static final String CONSONANTS = "бвгджзклмнпрстфхцчшщ";
    /**
     * Common English words that no Russian word is typed as ("my", "on", "no", "to" are, so they are
     * not here): a query with one of them is English, however many of its words spell Russian ones
     * ("single", "support", "contract").
     */
    private static final java.util.Set<String> ENGLISH = java.util.Set.of("the", "for", "and", "with", "of", "is", "are",
            "at", "me", "you", "he", "she", "it", "we", "they", "how", "what", "where", "when", "why", "who", "need",
            "help", "can", "not", "our", "your", "his", "her", "this", "that", "from", "have", "has", "will", "was", "be",
            "an", "in", "or", "if", "do", "does", "there", "here", "some", "any", "all", "get", "him", "im", "i'm",
            "won't", "don't", "can't", "dont", "wont", "cant", "isn't", "doesn't", "about", "near", "free", "kids", "son",
            "daughter", "child", "baby", "mom", "dad", "group");

    private Translit() {
    }

    /**
     * {@code text} in Cyrillic when it is Russian typed in Latin letters, else {@code text} itself
     * (the same instance: callers may compare by identity).
     */
    static String read(String text) {
        if (text == null || text.isBlank() || CYRILLIC.matcher(text).find()) {
            return text;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        if (!LATIN_LETTER.matcher(lower).find()) {
            return text;
        }
        List<String> parts = new ArrayList<>();
        Matcher m = WORD.matcher(lower);
        int words = 0;
        while (m.find()) {
            String part = m.group();
            parts.add(part);
            if (ENGLISH.contains(part)) {
                return text;
            }
            if (LATIN_LETTER.matcher(part).find() && letters(part) >= 3) {
                words++;
            }
        }
        // Most words must spell Russian ones: an English query is given up on at its first few words.
        int allowedMisses = words - (words * 8 + 9) / 10;
        if (words < 2) {
            return text;
        }
        DictionaryLookup lookup = new DictionaryLookup(RussianLemmaAnalyzer.dictionary());
        StringBuilder out = new StringBuilder();
        int misses = 0;
        for (String part : parts) {
            if (!LATIN_LETTER.matcher(part).find()) {
                out.append(part);
                continue;
            }
            String word = trimQuotes(part);
            String spelt = knownSpelling(word, lookup);
            if (spelt == null && letters(word) >= 3 && ++misses > allowedMisses) {
                return text;
            }
            out.append(spelt != null ? spelt : plain(word));
        }
        return out.toString();
    }

    private static int letters(String word) {
        return word.replaceAll("['`]", "").length();
    }

    private static String trimQuotes(String word) {
        int start = 0;
        while (start < word.length() && (word.charAt(start) == '\'' || word.charAt(start) == '`')) {
            start++;
        }
        return word.substring(start);
    }

    /** The first Cyrillic spelling of {@code word} the dictionary knows, or null. */
    static String knownSpelling(String word, DictionaryLookup lookup) {
        for (String spelling : spellings(word)) {
            if (!lookup.lookup(spelling).isEmpty()) {
                // A verb typed without its soft sign is most often the infinitive ("zhit", "pokonchit").
                if (spelling.endsWith("т") && !lookup.lookup(spelling + "ь").isEmpty()) {
                    return spelling + "ь";
                }
                return spelling;
            }
        }
        return null;
    }

    /** The plainest Cyrillic spelling: the first letters of every rule, no soft sign added. */
    static String plain(String word) {
        List<String> one = new ArrayList<>(1);
        spell(word, 0, new StringBuilder(), one, 1, true);
        return one.isEmpty() ? word : one.get(0);
    }

    /** The Cyrillic spellings of a Latin word, most likely first; a final soft sign tried too. */
    static List<String> spellings(String word) {
        List<String> out = new ArrayList<>();
        spell(word, 0, new StringBuilder(), out, MAX_SPELLINGS, false);
        List<String> soft = new ArrayList<>();
        for (String s : out) {
            if (!s.isEmpty() && CONSONANTS.indexOf(s.charAt(s.length() - 1)) >= 0) {
                soft.add(s + "ь");
            }
        }
        List<String> all = new ArrayList<>(out.size() + soft.size());
        all.addAll(out);
        all.addAll(soft);
        return all;
    }

    private static void spell(String word, int at, StringBuilder sb, List<String> out, int max, boolean firstOnly) {
        if (out.size() >= max) {
            return;
        }
        if (at == word.length()) {
            out.add(sb.toString());
            return;
        }
        for (String[] rule : RULES) {
            if (!word.startsWith(rule[0], at)) {
                continue;
            }
            int alternatives = firstOnly ? 2 : rule.length;
            for (int i = 1; i < alternatives; i++) {
                int length = sb.length();
                sb.append(rule[i]);
                spell(word, at + rule[0].length(), sb, out, max, firstOnly);
                sb.setLength(length);
                if (out.size() >= max) {
                    return;
                }
            }
            if (firstOnly) {
                return;
            }
        }
    }
}
