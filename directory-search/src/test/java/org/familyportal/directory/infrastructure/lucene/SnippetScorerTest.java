package org.familyportal.directory.infrastructure.lucene;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Snippet passages rank exactly as with Lucene's default scorer, which SnippetScorer replaces for memory. */
class SnippetScorerTest {

    @Test
    void scoresLikeTheDefault() {
        Passage passage = new Passage();
        passage.setStartOffset(40);
        passage.setEndOffset(160);
        passage.addMatch(45, 53, new BytesRef("психолог"), 3);
        passage.addMatch(60, 66, new BytesRef("семья"), 2);
        passage.addMatch(90, 98, new BytesRef("психолог"), 3);
        passage.addMatch(120, 126, new BytesRef("помощь"), 1);
        assertEquals(new PassageScorer().score(passage, 400), new SnippetScorer().score(passage, 400), 1e-6f);

        Passage empty = new Passage();
        empty.setStartOffset(0);
        empty.setEndOffset(50);
        assertEquals(new PassageScorer().score(empty, 50), new SnippetScorer().score(empty, 50), 1e-6f);
    }
}
