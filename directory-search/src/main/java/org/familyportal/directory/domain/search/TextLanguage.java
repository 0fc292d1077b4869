package org.familyportal.directory.domain.search;

import java.util.Set;

/**
 * The language a service's text is written in, for its analysis: Russian ({@code ru}) or English
 * ({@code en}). A service that declares exactly one of them (HSDS {@code language}) is read in it
 * unless its text is mostly in the other alphabet; otherwise the share of Latin and Cyrillic
 * letters decides. Russian when in doubt (the portal's own language).
 */
public final class TextLanguage {

    public static final String RUSSIAN = "ru";
    public static final String ENGLISH = "en";

    private TextLanguage() {
    }

    public static String of(String text, Set<String> declared) {
        double latin = latinShare(text);
        boolean ru = declared.contains(RUSSIAN);
        boolean en = declared.contains(ENGLISH);
        if (en && !ru && latin >= 0.5) {
            return ENGLISH;
        }
        if (ru && !en && latin <= 0.5) {
            return RUSSIAN;
        }
        return latin > 0.6 ? ENGLISH : RUSSIAN;
    }

    /** Whether a query has Latin letters (it is then analysed as English as well). */
    public static boolean hasLatin(String text) {
        return text != null && text.chars().anyMatch(TextLanguage::latin);
    }

    /** Latin letters among Latin and Cyrillic ones (0.5 when there are none). */
    static double latinShare(String text) {
        if (text == null) {
            return 0.5;
        }
        int latin = 0;
        int cyrillic = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (latin(c)) {
                latin++;
            } else if (Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC && Character.isLetter(c)) {
                cyrillic++;
            }
        }
        return latin + cyrillic == 0 ? 0.5 : (double) latin / (latin + cyrillic);
    }

    private static boolean latin(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
