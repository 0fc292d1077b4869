package org.familyportal.directory.infrastructure.lucene;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DoubleValuesSource;
import org.apache.lucene.search.IndexSearcher;

/**
 * A value per service read from the index alone, never from a score: closeness, the factors that
 * lower a score, "open now". Cacheable per segment as long as its doc values field is
 * ({@code null}: depends on more than the index, never cached).
 */
abstract class ScorelessValues extends DoubleValuesSource {

    private final String field;

    ScorelessValues(String field) {
        this.field = field;
    }

    @Override
    public final boolean needsScores() {
        return false;
    }

    @Override
    public final DoubleValuesSource rewrite(IndexSearcher searcher) {
        return this;
    }

    @Override
    public final boolean isCacheable(LeafReaderContext context) {
        return field != null && DocValues.isCacheable(context, field);
    }
}
