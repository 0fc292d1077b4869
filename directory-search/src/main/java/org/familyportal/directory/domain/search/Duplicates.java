package org.familyportal.directory.domain.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The same service offered more than once: the same organisation, the same name and the same
 * main phone number (one hotline listed at several locations, a directory imported twice).
 * Results keep the first of them (the best ranked, or the nearest when sorted by distance) and say
 * at how many other places it is found.
 */
public final class Duplicates {

    private Duplicates() {
    }

    /**
     * What makes services the same, compared without case, yo, punctuation or spacing; the main
     * number is the first callable line (see {@link Phone#USEFUL_FIRST}), else the first line.
     * Null for a service without a number: nothing shows it is the same line, it is never folded.
     */
    public static String key(String organization, String name, List<Phone> phones) {
        String main = phones.stream().filter(Phone::callable).findFirst()
                .or(() -> phones.stream().findFirst()).map(Phone::comparable).orElse("");
        return main.isEmpty() ? null : normalised(organization) + "|" + normalised(name) + "|" + main;
    }

    private static String normalised(String text) {
        return String.join(" ", Folding.fold(text).split("[^\\p{L}\\p{N}]+")).strip();
    }

    /**
     * One place of a folded list: the index of the item kept (in the given order) and how many
     * later items were the same service.
     */
    public record Kept(int index, int others) {
    }

    /**
     * Folds {@code keys} (in rank order): each key is kept at its first position, later equal keys
     * are counted there. Null keys are never folded. The folded list of a longer list begins with
     * the folded list of any of its prefixes, so pages cut from windows of different depths agree.
     */
    public static List<Kept> fold(List<?> keys) {
        List<Integer> firstIndex = new ArrayList<>();
        List<Integer> others = new ArrayList<>();
        Map<Object, Integer> position = new HashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            Object key = keys.get(i);
            Integer at = key == null ? null : position.putIfAbsent(key, firstIndex.size());
            if (at == null) {
                firstIndex.add(i);
                others.add(0);
            } else {
                others.set(at, others.get(at) + 1);
            }
        }
        List<Kept> kept = new ArrayList<>(firstIndex.size());
        for (int k = 0; k < firstIndex.size(); k++) {
            kept.add(new Kept(firstIndex.get(k), others.get(k)));
        }
        return kept;
    }
}
