package org.familyportal.portal.interfaces.web;

import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A table that loads one page at a time from an application service: how many rows match, which
 * rows are on a page, and how to find one again by its key.
 *
 * @param <T> the kind of row
 */
public final class SearchablePage<T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    /** The rows from {@code first}, at most {@code max}. */
    public interface Loader<T> extends Serializable {
        List<T> load(int first, int max);
    }

    public interface Counter extends Serializable, Supplier<Long> {
    }

    public interface Finder<T> extends Serializable, Function<String, Optional<T>> {
    }

    public interface Key<T> extends Serializable, Function<T, String> {
    }

    private final Counter counter;
    private final Loader<T> loader;
    private final Key<T> key;
    private final Finder<T> finder;

    public SearchablePage(Counter counter, Loader<T> loader, Key<T> key, Finder<T> finder) {
        this.counter = counter;
        this.loader = loader;
        this.key = key;
        this.finder = finder;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return Math.toIntExact(counter.get());
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        return loader.load(first, pageSize);
    }

    @Override
    public String getRowKey(T row) {
        return key.apply(row);
    }

    @Override
    public T getRowData(String rowKey) {
        return finder.apply(rowKey).orElse(null);
    }
}
