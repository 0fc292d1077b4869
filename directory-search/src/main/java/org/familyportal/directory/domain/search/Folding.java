package org.familyportal.directory.domain.search;

import java.util.Locale;

/**
 * How typed words are compared outside the Lucene analysis (place names, completions, synonym
 * words): without surrounding blanks, in lower case, and with the Russian letter yo (U+0451) read
 * as ye (U+0435), as most people type it.
 */
public final class Folding {

    private Folding() {
    }

    public static String fold(String text) {
        return text == null ? "" : text.strip().toLowerCase(Locale.ROOT).replace('\u0451', '\u0435');
    }
}
