package org.familyportal.directory.application.exchange;

import org.familyportal.directory.domain.hsds.FieldProblem;
import org.familyportal.directory.domain.hsds.Problem;

import java.util.List;

/**
 * What an import did, file by file: how many rows were written, and every rejected row with each
 * field at fault and why. A file either wrote all its accepted rows or none of them.
 */
public record ImportReport(List<FileResult> files) {

    public ImportReport {
        files = List.copyOf(files);
    }

    /** A row that was not imported. */
    public record RejectedRow(String position, String id, List<FieldProblem> problems) {
        public RejectedRow {
            problems = List.copyOf(problems);
        }
    }

    /** A row that was imported with a change, e.g. a reference to a missing row cleared. */
    public record Warning(String position, String id, FieldProblem problem) {
    }

    /**
     * @param problem set when the whole file was refused (unreadable, unknown, or its write failed)
     */
    public record FileResult(String file, String table, int written, List<RejectedRow> rejected,
                             List<Warning> warnings, Problem problem, String detail) {
        public FileResult {
            rejected = List.copyOf(rejected);
            warnings = List.copyOf(warnings);
        }

        public static FileResult refused(String file, Problem problem, String detail) {
            return new FileResult(file, null, 0, List.of(), List.of(), problem, detail);
        }
    }

    public int written() {
        return files.stream().mapToInt(FileResult::written).sum();
    }

    public int rejected() {
        return files.stream().mapToInt(f -> f.rejected().size()).sum();
    }

    public int warnings() {
        return files.stream().mapToInt(f -> f.warnings().size()).sum();
    }

    /** Nothing refused or rejected (warnings allowed). */
    public boolean clean() {
        return files.stream().allMatch(f -> f.problem() == null && f.rejected().isEmpty());
    }

    /** A plain-text account for the command line and logs. */
    public String describe() {
        StringBuilder out = new StringBuilder();
        for (FileResult file : files) {
            out.append(file.file()).append(file.table() == null ? "" : " (" + file.table() + ")").append(": ");
            if (file.problem() != null) {
                out.append("refused, ").append(file.problem()).append(file.detail() == null ? "" : " (" + file.detail() + ")");
            } else {
                out.append(file.written()).append(" rows written, ").append(file.rejected().size()).append(" rejected, ")
                        .append(file.warnings().size()).append(" changed");
            }
            out.append('\n');
            for (RejectedRow row : file.rejected()) {
                out.append("  rejected ").append(row.position()).append(row.id() == null ? "" : " id " + row.id())
                        .append(": ").append(row.problems()).append('\n');
            }
            for (Warning warning : file.warnings()) {
                out.append("  changed ").append(warning.position()).append(warning.id() == null ? "" : " id " + warning.id())
                        .append(": ").append(warning.problem()).append('\n');
            }
        }
        return out.toString();
    }
}
