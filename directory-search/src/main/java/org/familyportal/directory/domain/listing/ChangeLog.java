package org.familyportal.directory.domain.listing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Compares a record before and after an edit, field by field, and writes down what changed.
 *
 * @param <T> the kind of record
 */
public final class ChangeLog<T> {

    private final String resourceType;
    private final Map<String, Function<T, Object>> fields = new LinkedHashMap<>();

    public ChangeLog(String resourceType) {
        this.resourceType = resourceType;
    }

    /** Watches {@code field} (its HSDS name) of the record. */
    public ChangeLog<T> field(String field, Function<T, Object> value) {
        fields.put(field, value);
        return this;
    }

    /** The field values of a record now, to compare later. */
    public Map<String, String> snapshot(T record) {
        Map<String, String> values = new LinkedHashMap<>();
        fields.forEach((name, value) -> values.put(name, text(value.apply(record))));
        return values;
    }

    /**
     * A change record for every field whose value differs between {@code before} and the record now.
     *
     * @param role    who changed it as published (a role, never a person)
     * @param account the staff account that changed it (kept for staff only)
     */
    public List<ChangeRecord> changes(String id, Map<String, String> before, T after, String action,
                                      LocalDate date, String role, String account) {
        List<ChangeRecord> changes = new ArrayList<>();
        Map<String, String> now = snapshot(after);
        now.forEach((field, value) -> {
            String old = before.get(field);
            if (!Objects.equals(old, value)) {
                changes.add(new ChangeRecord(id, resourceType, date, action, field, old, value, role, account));
            }
        });
        return changes;
    }

    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        String text = value instanceof java.math.BigDecimal number ? number.stripTrailingZeros().toPlainString()
                : value instanceof Provider provider ? provider.getId() : value.toString();
        return text.isBlank() ? null : text;
    }
}
