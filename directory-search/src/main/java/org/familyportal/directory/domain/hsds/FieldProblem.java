package org.familyportal.directory.domain.hsds;

/** What is wrong with one field of one row; {@code value} is what was given (may be null). */
public record FieldProblem(String field, Problem problem, String value) {

    @Override
    public String toString() {
        return field + ": " + problem + (value == null ? "" : " (" + abbreviate(value) + ")");
    }

    private static String abbreviate(String value) {
        return value.length() > 60 ? value.substring(0, 57) + "..." : value;
    }
}
