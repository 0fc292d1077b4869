package org.familyportal.directory.application.exchange;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * HSDS data read from files and not yet checked: rows per table, each table from one source
 * (file), and the files that could not be read at all.
 */
public final class ImportBatch {

    private final Map<String, List<SourceRow>> rowsByTable = new LinkedHashMap<>();
    private final Map<String, String> sourceByTable = new LinkedHashMap<>();
    private final List<ImportReport.FileResult> unreadable = new ArrayList<>();

    public void add(String table, String source, SourceRow row) {
        rowsByTable.computeIfAbsent(table, t -> new ArrayList<>()).add(row);
        sourceByTable.putIfAbsent(table, source);
    }

    /** A table that is present but has no rows still counts as read (nothing to change). */
    public void touch(String table, String source) {
        rowsByTable.computeIfAbsent(table, t -> new ArrayList<>());
        sourceByTable.putIfAbsent(table, source);
    }

    public void unreadable(ImportReport.FileResult problem) {
        unreadable.add(problem);
    }

    public List<SourceRow> rows(String table) {
        return rowsByTable.getOrDefault(table, List.of());
    }

    public boolean has(String table) {
        return rowsByTable.containsKey(table);
    }

    public String source(String table) {
        return sourceByTable.get(table);
    }

    public List<ImportReport.FileResult> unreadableFiles() {
        return unreadable;
    }

    public int totalRows() {
        return rowsByTable.values().stream().mapToInt(List::size).sum();
    }
}
