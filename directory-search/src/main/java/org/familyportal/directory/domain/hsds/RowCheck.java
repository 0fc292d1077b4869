package org.familyportal.directory.domain.hsds;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Checks one row of an HSDS table against the standard's field definitions, plus the few rules a
 * directory of real places needs (coordinates on the globe, ages a person can have). References to
 * other rows are checked by the importer, which knows what exists.
 */
public final class RowCheck {

    private static final Pattern UUID = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private RowCheck() {
    }

    /** The problems of {@code row} (field name to text, blank meaning absent); empty when it is fine. */
    public static List<FieldProblem> check(HsdsTable table, Map<String, String> row) {
        List<FieldProblem> problems = new ArrayList<>();
        for (HsdsField field : table.fieldsWithExtensions()) {
            String value = row.get(field.name());
            if (value == null || value.isBlank()) {
                if (field.required()) {
                    problems.add(new FieldProblem(field.name(), Problem.REQUIRED, null));
                }
                continue;
            }
            Problem problem = checkValue(field, value.strip());
            if (problem == null) {
                problem = checkRange(table.name(), field.name(), value.strip());
            }
            if (problem != null) {
                problems.add(new FieldProblem(field.name(), problem, value));
            }
        }
        return problems;
    }

    private static Problem checkValue(HsdsField field, String value) {
        if (!field.allowed().isEmpty() && !field.allowed().contains(value)) {
            return Problem.NOT_ALLOWED;
        }
        if (field.isUuid()) {
            return UUID.matcher(value).matches() ? null : Problem.NOT_A_UUID;
        }
        if ("email".equals(field.format())) {
            return EMAIL.matcher(value).matches() ? null : Problem.NOT_AN_EMAIL;
        }
        if ("uri".equals(field.format())) {
            return isUri(value) ? null : Problem.NOT_A_URI;
        }
        return switch (field.type()) {
            case "number" -> parses(() -> new BigDecimal(value)) ? null : Problem.NOT_A_NUMBER;
            case "date" -> parses(() -> LocalDate.parse(value)) ? null : Problem.NOT_A_DATE;
            case "datetime" -> parses(() -> parseDateTime(value)) ? null : Problem.NOT_A_DATETIME;
            case "time" -> parses(() -> LocalTime.parse(value)) ? null : Problem.NOT_A_TIME;
            default -> null;
        };
    }

    private static Problem checkRange(String table, String field, String value) {
        double limit = switch (table + "." + field) {
            case "location.latitude" -> 90;
            case "location.longitude" -> 180;
            case "service.minimum_age", "service.maximum_age" -> 150;
            default -> Double.NaN;
        };
        if (Double.isNaN(limit)) {
            return null;
        }
        double number = Double.parseDouble(value);
        boolean ageField = field.endsWith("_age");
        return (ageField ? number < 0 : number < -limit) || number > limit ? Problem.OUT_OF_RANGE : null;
    }

    /** HSDS datetimes are ISO 8601, with or without an offset; the result is in UTC. */
    public static LocalDateTime parseDateTime(String value) {
        try {
            return OffsetDateTime.parse(value).withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime();
        } catch (DateTimeParseException e) {
            return LocalDateTime.parse(value);
        }
    }

    private static boolean isUri(String value) {
        try {
            URI uri = new URI(value);
            return uri.getScheme() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static boolean parses(Runnable parse) {
        try {
            parse.run();
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }
}
