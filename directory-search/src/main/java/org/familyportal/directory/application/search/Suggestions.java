package org.familyportal.directory.application.search;

import org.familyportal.directory.domain.search.Folding;
import org.familyportal.directory.domain.search.SearchPhrases;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Completions for the search box: names of kinds of help and audiences (Russian and English) and
 * of services, offered when any of their words starts with what the parent has typed.
 */
public final class Suggestions {

    private final List<String> phrases;

    private Suggestions(List<String> phrases) {
        this.phrases = phrases;
    }

    /** The phrases of {@code source}, each once (case aside), in alphabetical order. */
    public static Suggestions load(SearchPhrases source) throws SQLException {
        TreeSet<String> phrases = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        phrases.addAll(source.phrases());
        return new Suggestions(new ArrayList<>(phrases));
    }

    /** Up to {@code max} phrases with a word starting with {@code prefix} (at least two letters). */
    public List<String> complete(String prefix, int max) {
        String wanted = Folding.fold(prefix);
        if (wanted.length() < 2) {
            return List.of();
        }
        List<String> found = new ArrayList<>();
        for (String phrase : phrases) {
            String normalized = Folding.fold(phrase);
            if (normalized.startsWith(wanted) || normalized.contains(" " + wanted) || normalized.contains("«" + wanted)) {
                found.add(phrase);
                if (found.size() == max) {
                    break;
                }
            }
        }
        return found;
    }
}
