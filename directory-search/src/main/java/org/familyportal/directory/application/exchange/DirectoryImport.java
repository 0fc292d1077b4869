package org.familyportal.directory.application.exchange;

import org.familyportal.directory.domain.hsds.FieldProblem;
import org.familyportal.directory.domain.hsds.HsdsField;
import org.familyportal.directory.domain.hsds.HsdsModel;
import org.familyportal.directory.domain.hsds.HsdsRows;
import org.familyportal.directory.domain.listing.ChangeRecord;
import org.familyportal.directory.domain.hsds.HsdsTable;
import org.familyportal.directory.domain.hsds.Problem;
import org.familyportal.directory.domain.hsds.RowCheck;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Imports HSDS data into the directory. Idempotent by id: a row whose id exists updates it.
 * Every row is checked against the standard and every reference against what this import brings
 * and what the directory holds; rejected rows are reported field by field and skipped. Each file's
 * accepted rows are written in one transaction: a file is imported whole or not at all.
 */
public final class DirectoryImport {

    private static final Logger LOG = Logger.getLogger(DirectoryImport.class.getName());

    private final HsdsModel model;
    private final HsdsRows tables;

    public DirectoryImport(HsdsModel model, HsdsRows tables) {
        this.model = model;
        this.tables = tables;
    }

    public ImportReport run(ImportBatch batch) {
        return run(batch, done -> { });
    }

    /** @param progress told the number of rows handled so far, as the import goes */
    public ImportReport run(ImportBatch batch, IntConsumer progress) {
        List<ImportReport.FileResult> results = new ArrayList<>(batch.unreadableFiles());
        Map<String, Set<String>> accepted = new HashMap<>();
        int handled = 0;
        for (HsdsTable table : model.tablesInLoadOrder()) {
            if (!batch.has(table.name())) {
                continue;
            }
            List<SourceRow> rows = batch.rows(table.name());
            results.add(importTable(table, batch.source(table.name()), rows, accepted));
            handled += rows.size();
            progress.accept(handled);
        }
        return new ImportReport(results);
    }

    private ImportReport.FileResult importTable(HsdsTable table, String file, List<SourceRow> rows,
                                                Map<String, Set<String>> accepted) {
        List<ImportReport.RejectedRow> rejected = new ArrayList<>();
        List<SourceRow> valid = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (SourceRow row : rows) {
            List<FieldProblem> problems = new ArrayList<>(RowCheck.check(table, row.values()));
            String id = row.id() == null ? null : row.id().strip().toLowerCase();
            if (id != null && !seen.add(id)) {
                problems.add(new FieldProblem("id", Problem.DUPLICATE_ID, row.id()));
            }
            if (problems.isEmpty()) {
                valid.add(row);
            } else {
                rejected.add(new ImportReport.RejectedRow(row.position(), row.id(), problems));
            }
        }
        List<ImportReport.Warning> warnings = new ArrayList<>();
        try {
            List<SourceRow> resolved;
            try (HsdsRows.Reading reading = tables.open()) {
                resolved = checkReferences(reading, table, valid, accepted, rejected, warnings);
            }
            tables.upsert(table.name(), resolved.stream().map(r -> withoutAddresses(table, r.values())).toList());
            Set<String> ids = accepted.computeIfAbsent(table.name(), t -> new HashSet<>());
            resolved.forEach(r -> ids.add(r.id().strip().toLowerCase()));
            return new ImportReport.FileResult(file, table.name(), resolved.size(), rejected, warnings, null, null);
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "Import of " + file + " failed; nothing of it was written", e);
            return new ImportReport.FileResult(file, table.name(), 0, rejected, List.of(), Problem.WRITE_FAILED,
                    e.getMessage());
        }
    }

    /**
     * Keeps the rows whose required references resolve; the others join {@code rejected}. An optional
     * reference to a missing row (HSDS data often points outside itself, the official examples too)
     * is cleared and reported as a warning, so the row still arrives.
     */
    private List<SourceRow> checkReferences(HsdsRows.Reading reading, HsdsTable table, List<SourceRow> rows,
                                            Map<String, Set<String>> accepted,
                                            List<ImportReport.RejectedRow> rejected,
                                            List<ImportReport.Warning> warnings) throws SQLException {
        Map<String, Set<String>> known = new HashMap<>();
        for (Map.Entry<String, String> reference : table.references().entrySet()) {
            String target = reference.getValue();
            Set<String> wanted = new HashSet<>();
            for (SourceRow row : rows) {
                String value = row.values().get(reference.getKey());
                if (value != null && !value.isBlank()) {
                    wanted.add(value.strip().toLowerCase());
                }
            }
            Set<String> found = new HashSet<>(accepted.getOrDefault(target, Set.of()));
            if (target.equals(table.name())) {
                rows.forEach(r -> found.add(r.id().strip().toLowerCase()));
            }
            wanted.removeAll(found);
            found.addAll(reading.existingIds(target, wanted));
            known.put(reference.getKey(), found);
        }
        List<SourceRow> resolved = new ArrayList<>();
        for (SourceRow row : rows) {
            List<FieldProblem> problems = new ArrayList<>();
            Map<String, String> cleared = new java.util.LinkedHashMap<>(row.values());
            for (String field : table.references().keySet()) {
                String value = row.values().get(field);
                if (value != null && !value.isBlank() && !known.get(field).contains(value.strip().toLowerCase())) {
                    if (table.field(field).map(HsdsField::required).orElse(false)) {
                        problems.add(new FieldProblem(field, Problem.UNKNOWN_REFERENCE, value));
                    } else {
                        cleared.put(field, null);
                        warnings.add(new ImportReport.Warning(row.position(), row.id(),
                                new FieldProblem(field, Problem.DANGLING_REFERENCE_CLEARED, value)));
                    }
                }
            }
            if (problems.isEmpty()) {
                resolved.add(cleared.equals(row.values()) ? row : new SourceRow(row.position(), cleared));
            } else {
                rejected.add(new ImportReport.RejectedRow(row.position(), row.id(), problems));
            }
        }
        return resolved;
    }

    /**
     * The change log is public: an author that is an e-mail address (a person) in imported
     * {@code metadata} is published as the role {@code import} instead.
     */
    private static Map<String, String> withoutAddresses(HsdsTable table, Map<String, String> row) {
        String author = row.get("updated_by");
        if (!table.name().equals("metadata") || author == null || !author.contains("@")) {
            return row;
        }
        Map<String, String> published = new java.util.LinkedHashMap<>(row);
        published.put("updated_by", ChangeRecord.IMPORT);
        return published;
    }
}
