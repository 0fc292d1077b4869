package org.familyportal.directory.domain.hsds;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The HSDS 3.0 tables, read from the standard's own {@code datapackage.json} (a copy ships with this
 * module, CC BY-SA 4.0, Open Referral), so that import, export and validation follow the standard
 * rather than a hand-made copy of it.
 */
public final class HsdsModel {

    private static final String DATAPACKAGE = "/org/familyportal/directory/hsds/datapackage.json";
    private static final HsdsModel STANDARD = load();

    private final Map<String, HsdsTable> tables;
    private final List<HsdsTable> loadOrder;

    private HsdsModel(Map<String, HsdsTable> tables) {
        this.tables = tables;
        this.loadOrder = dependencyOrder(tables);
    }

    public static HsdsModel standard() {
        return STANDARD;
    }

    public HsdsTable table(String name) {
        HsdsTable table = tables.get(name);
        if (table == null) {
            throw new IllegalArgumentException("No HSDS table " + name);
        }
        return table;
    }

    public Optional<HsdsTable> tableForFile(String fileName) {
        return tables.values().stream().filter(t -> t.file().equals(fileName)).findFirst();
    }

    /** Every table, each after the tables it refers to, so rows can be written in this order. */
    public List<HsdsTable> tablesInLoadOrder() {
        return loadOrder;
    }

    private static HsdsModel load() {
        try (InputStream in = HsdsModel.class.getResourceAsStream(DATAPACKAGE);
             JsonReader reader = Json.createReader(in)) {
            Map<String, HsdsTable> tables = new LinkedHashMap<>();
            for (JsonValue value : reader.readObject().getJsonArray("resources")) {
                JsonObject resource = value.asJsonObject();
                JsonObject schema = resource.getJsonObject("schema");
                List<HsdsField> fields = new ArrayList<>();
                for (JsonValue f : schema.getJsonArray("fields")) {
                    JsonObject field = f.asJsonObject();
                    JsonObject constraints = field.getJsonObject("constraints");
                    List<String> allowed = constraints != null && constraints.containsKey("enum")
                            ? constraints.getJsonArray("enum").getValuesAs(JsonString.class).stream()
                                .map(JsonString::getString).toList()
                            : List.of();
                    fields.add(new HsdsField(field.getString("name"), field.getString("type"),
                            field.getString("format", null),
                            constraints != null && constraints.getBoolean("required", false), allowed));
                }
                Map<String, String> references = new LinkedHashMap<>();
                if (schema.containsKey("foreignKeys")) {
                    for (JsonValue k : schema.getJsonArray("foreignKeys")) {
                        JsonObject key = k.asJsonObject();
                        references.put(key.getString("fields"), key.getJsonObject("reference").getString("resource"));
                    }
                }
                String name = resource.getString("name");
                if ("organization".equals(name)) {
                    references.put("parent_organization_id", "organization");
                }
                tables.put(name, new HsdsTable(name, resource.getString("path"), fields, references));
            }
            return new HsdsModel(tables);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + DATAPACKAGE, e);
        }
    }

    private static List<HsdsTable> dependencyOrder(Map<String, HsdsTable> tables) {
        Set<String> placed = new LinkedHashSet<>();
        while (placed.size() < tables.size()) {
            boolean progress = false;
            for (HsdsTable table : tables.values()) {
                if (placed.contains(table.name())) {
                    continue;
                }
                boolean ready = table.references().values().stream()
                        .allMatch(ref -> ref.equals(table.name()) || placed.contains(ref));
                if (ready) {
                    placed.add(table.name());
                    progress = true;
                }
            }
            if (!progress) {
                throw new IllegalStateException("Circular references between HSDS tables");
            }
        }
        return placed.stream().map(tables::get).toList();
    }
}
