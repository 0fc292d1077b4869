package org.familyportal.content.domain.article;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What changed between two texts, line by line (a longest common subsequence after the common
 * beginning and end are set aside). Bounded: when the changed middle is too large to compare line
 * by line, it is shown as removed then added as a whole.
 */
public final class LineDiff {

    /** One line of the comparison. */
    public record Line(Change change, String text) implements java.io.Serializable {
    }

    public enum Change { SAME, REMOVED, ADDED }

    /** The largest number of cells of the comparison table (lines before × lines after). */
    static final long MAX_CELLS = 4_000_000;

    private LineDiff() {
    }

    public static List<Line> between(String before, String after) {
        List<String> a = lines(before);
        List<String> b = lines(after);
        int start = 0;
        while (start < a.size() && start < b.size() && a.get(start).equals(b.get(start))) {
            start++;
        }
        int endA = a.size();
        int endB = b.size();
        while (endA > start && endB > start && a.get(endA - 1).equals(b.get(endB - 1))) {
            endA--;
            endB--;
        }
        List<Line> diff = new ArrayList<>();
        a.subList(0, start).forEach(l -> diff.add(new Line(Change.SAME, l)));
        diff.addAll(middle(a.subList(start, endA), b.subList(start, endB)));
        a.subList(endA, a.size()).forEach(l -> diff.add(new Line(Change.SAME, l)));
        return diff;
    }

    /** Whether anything changed. */
    public static boolean changed(List<Line> diff) {
        return diff.stream().anyMatch(l -> l.change() != Change.SAME);
    }

    private static List<Line> middle(List<String> a, List<String> b) {
        List<Line> out = new ArrayList<>();
        if ((long) a.size() * b.size() > MAX_CELLS) {
            a.forEach(l -> out.add(new Line(Change.REMOVED, l)));
            b.forEach(l -> out.add(new Line(Change.ADDED, l)));
            return out;
        }
        int[][] lcs = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < a.size() && j < b.size()) {
            if (a.get(i).equals(b.get(j))) {
                out.add(new Line(Change.SAME, a.get(i)));
                i++;
                j++;
            } else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
                out.add(new Line(Change.REMOVED, a.get(i++)));
            } else {
                out.add(new Line(Change.ADDED, b.get(j++)));
            }
        }
        while (i < a.size()) {
            out.add(new Line(Change.REMOVED, a.get(i++)));
        }
        while (j < b.size()) {
            out.add(new Line(Change.ADDED, b.get(j++)));
        }
        return out;
    }

    private static List<String> lines(String text) {
        return text == null || text.isEmpty() ? List.of() : Arrays.asList(text.replace("\r\n", "\n").split("\n", -1));
    }
}
