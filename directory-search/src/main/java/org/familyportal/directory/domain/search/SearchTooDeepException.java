package org.familyportal.directory.domain.search;

/**
 * A search asked for results deeper than {@link SearchQuery#MAX_DEPTH}: nobody reads that far, and
 * collecting that many hits would cost memory in proportion (a page of millions could exhaust it).
 */
public class SearchTooDeepException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final int maxDepth;

    public SearchTooDeepException(int maxDepth) {
        super("Search results are available up to " + maxDepth + " deep");
        this.maxDepth = maxDepth;
    }

    public int maxDepth() {
        return maxDepth;
    }
}
