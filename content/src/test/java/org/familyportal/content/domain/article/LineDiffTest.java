package org.familyportal.content.domain.article;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.familyportal.content.domain.article.LineDiff.Change.ADDED;
import static org.familyportal.content.domain.article.LineDiff.Change.REMOVED;
import static org.familyportal.content.domain.article.LineDiff.Change.SAME;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LineDiffTest {

    @Test
    void showsRemovedAndAddedLinesBetweenTheSameOnes() {
        List<LineDiff.Line> diff = LineDiff.between("a\nb\nc\nd", "a\nB\nc\nd\ne");
        assertEquals(List.of(new LineDiff.Line(SAME, "a"), new LineDiff.Line(REMOVED, "b"), new LineDiff.Line(ADDED, "B"),
                new LineDiff.Line(SAME, "c"), new LineDiff.Line(SAME, "d"), new LineDiff.Line(ADDED, "e")), diff);
        assertTrue(LineDiff.changed(diff));
    }

    @Test
    void findsMovedBlocksAsTheLongestCommonPart() {
        List<LineDiff.Line> diff = LineDiff.between("x\n1\n2\n3\ny", "x\n2\n3\n1\ny");
        assertEquals(4, diff.stream().filter(l -> l.change() == SAME).count());
        assertEquals(1, diff.stream().filter(l -> l.change() == REMOVED).count());
    }

    @Test
    void equalTextsHaveNoChange() {
        assertFalse(LineDiff.changed(LineDiff.between("same\ntext", "same\ntext")));
        assertEquals(List.of(new LineDiff.Line(ADDED, "new")), LineDiff.between("", "new"));
    }

    @Test
    void aHugeChangeIsShownWholeInsteadOfComparedCellByCell() {
        String before = "line a\n".repeat(3000);
        String after = "line b\n".repeat(3000);
        List<LineDiff.Line> diff = LineDiff.between(before, after);
        assertEquals(3000, diff.stream().filter(l -> l.change() == REMOVED).count());
        assertEquals(3000, diff.stream().filter(l -> l.change() == ADDED).count());
    }
}
