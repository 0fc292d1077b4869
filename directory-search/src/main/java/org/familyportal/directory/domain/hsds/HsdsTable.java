package org.familyportal.directory.domain.hsds;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One HSDS table: its name (also the database table's), the CSV file it travels in, its fields in
 * the standard's order, and the fields that refer to other tables.
 */
public record HsdsTable(String name, String file, List<HsdsField> fields, Map<String, String> references) {

    public HsdsTable {
        fields = List.copyOf(fields);
        references = Map.copyOf(references);
    }

    public Optional<HsdsField> field(String fieldName) {
        return fields.stream().filter(f -> f.name().equals(fieldName)).findFirst();
    }

    public List<String> fieldNames() {
        return fields.stream().map(HsdsField::name).toList();
    }

    /** The standard's fields followed by the portal's own (see {@link Extensions}). */
    public List<HsdsField> fieldsWithExtensions() {
        List<HsdsField> all = new java.util.ArrayList<>(fields);
        all.addAll(Extensions.of(name));
        return all;
    }

    public Map<String, HsdsField> fieldsByName() {
        return fields.stream().collect(Collectors.toMap(HsdsField::name, Function.identity()));
    }
}
