package org.familyportal.content.domain.article;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Readable addresses of articles: the title in Latin letters (Russian transliterated the way
 * Russian sites' addresses usually are, close to the passport rules), lower case, words joined by
 * hyphens, at most {@link #MAX} characters cut at a word, made unique with "-2", "-3"...
 */
public final class Slugs {

    public static final int MAX = 100;
    private static final int WORDS_MAX = 80;
    public static final Pattern VALID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private static final Map<Character, String> CYRILLIC = Map.ofEntries(
            Map.entry('а', "a"), Map.entry('б', "b"), Map.entry('в', "v"), Map.entry('г', "g"), Map.entry('д', "d"),
            Map.entry('е', "e"), Map.entry('ё', "e"), Map.entry('ж', "zh"), Map.entry('з', "z"), Map.entry('и', "i"),
            Map.entry('й', "y"), Map.entry('к', "k"), Map.entry('л', "l"), Map.entry('м', "m"), Map.entry('н', "n"),
            Map.entry('о', "o"), Map.entry('п', "p"), Map.entry('р', "r"), Map.entry('с', "s"), Map.entry('т', "t"),
            Map.entry('у', "u"), Map.entry('ф', "f"), Map.entry('х', "kh"), Map.entry('ц', "ts"), Map.entry('ч', "ch"),
            Map.entry('ш', "sh"), Map.entry('щ', "shch"), Map.entry('ъ', ""), Map.entry('ы', "y"), Map.entry('ь', ""),
            Map.entry('э', "e"), Map.entry('ю', "yu"), Map.entry('я', "ya"), Map.entry('і', "i"), Map.entry('є', "e"));

    private Slugs() {
    }

    /** The title as an address: {@code "Как оформить единое пособие"} → {@code "kak-oformit-edinoe-posobie"}. */
    public static String of(String title) {
        StringBuilder latin = new StringBuilder();
        String lower = (title == null ? "" : title).toLowerCase(new Locale("ru"));
        for (char c : lower.toCharArray()) {
            String t = CYRILLIC.get(c);
            latin.append(t != null ? t : String.valueOf(c));
        }
        String ascii = Normalizer.normalize(latin, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        String slug = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > WORDS_MAX) {
            int cut = slug.lastIndexOf('-', WORDS_MAX);
            slug = slug.substring(0, cut > 20 ? cut : WORDS_MAX).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? "article" : slug;
    }

    /** {@code wanted} if free, else the first of "wanted-2", "wanted-3"... that is. */
    public static String unique(String wanted, Predicate<String> taken) {
        if (!taken.test(wanted)) {
            return wanted;
        }
        for (int n = 2; ; n++) {
            String candidate = wanted + "-" + n;
            if (!taken.test(candidate)) {
                return candidate;
            }
        }
    }
}
