package org.familyportal.directory.application.exchange;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.familyportal.directory.domain.hsds.HsdsField;
import org.familyportal.directory.domain.hsds.HsdsModel;
import org.familyportal.directory.domain.hsds.HsdsTable;
import org.familyportal.directory.domain.hsds.Problem;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Reads HSDS 3.0 JSON: single documents as the API returns them (a service, an organization, a
 * location, a service-at-location, a taxonomy or term, nested to any depth), pages of them
 * ({@code contents}), the tabular JSON form ({@code {"services.csv": [...]}}), and the portal's
 * own export ({@code {"organizations": [...], "taxonomies": [...], "taxonomy_terms": [...]}}).
 * Nested documents become rows of their tables, linked to the document they sit in.
 */
public final class JsonReader {

    /** Array properties and the table of their items. */
    private static final Map<String, String> ARRAYS = Map.ofEntries(
            Map.entry("phones", "phone"), Map.entry("schedules", "schedule"), Map.entry("service_areas", "service_area"),
            Map.entry("service_at_locations", "service_at_location"), Map.entry("languages", "language"),
            Map.entry("cost_options", "cost_option"), Map.entry("required_documents", "required_document"),
            Map.entry("contacts", "contact"), Map.entry("attributes", "attribute"), Map.entry("metadata", "metadata"),
            Map.entry("funding", "funding"), Map.entry("addresses", "address"), Map.entry("accessibility", "accessibility"),
            Map.entry("locations", "location"), Map.entry("programs", "program"), Map.entry("services", "service"),
            Map.entry("organizations", "organization"), Map.entry("organization_identifiers", "organization_identifier"),
            Map.entry("taxonomies", "taxonomy"), Map.entry("taxonomy_terms", "taxonomy_term"));

    /** Object properties and the table of the object. */
    private static final Map<String, String> OBJECTS = Map.of("organization", "organization", "program", "program",
            "location", "location", "service", "service", "taxonomy_term", "taxonomy_term", "taxonomy_detail", "taxonomy");

    private final HsdsModel model;

    public JsonReader(HsdsModel model) {
        this.model = model;
    }

    /**
     * @param fileName tells what a single document is when it cannot tell itself:
     *                 {@code service_full.json} holds a service, {@code location.json} a location
     */
    public ImportBatch read(String fileName, byte[] bytes) {
        ImportBatch batch = new ImportBatch();
        JsonValue root;
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            try (jakarta.json.JsonReader reader = Json.createReader(new java.io.StringReader(text))) {
                root = reader.readValue();
            }
        } catch (CharacterCodingException e) {
            batch.unreadable(ImportReport.FileResult.refused(fileName, Problem.NOT_UTF8, null));
            return batch;
        } catch (JsonException e) {
            batch.unreadable(ImportReport.FileResult.refused(fileName, Problem.MALFORMED, e.getMessage()));
            return batch;
        }
        Collector collector = new Collector(fileName, batch);
        if (root.getValueType() != JsonValue.ValueType.OBJECT) {
            batch.unreadable(ImportReport.FileResult.refused(fileName, Problem.MALFORMED, "not a JSON object"));
            return batch;
        }
        JsonObject object = root.asJsonObject();
        String table = tableOf(fileName);
        if (object.keySet().stream().anyMatch(k -> k.endsWith(".csv"))) {
            for (String file : object.keySet()) {
                model.tableForFile(file).ifPresentOrElse(
                        t -> eachItem(object.get(file), file, (item, path) -> collector.walk(t.name(), item, path, null, null)),
                        () -> batch.unreadable(ImportReport.FileResult.refused(file, Problem.UNKNOWN_FILE, null)));
            }
        } else if (object.containsKey("contents") && table != null) {
            eachItem(object.get("contents"), "contents", (item, path) -> collector.walk(table, item, path, null, null));
        } else if (object.containsKey("id") && table != null) {
            collector.walk(table, object, "$", null, null);
        } else {
            for (String property : object.keySet()) {
                if (ARRAYS.containsKey(property)) {
                    eachItem(object.get(property), property,
                            (item, path) -> collector.walk(ARRAYS.get(property), item, path, null, null));
                }
            }
        }
        collector.flush();
        return batch;
    }

    /** The table of a single document named like the standard's examples, or null. */
    static String tableOf(String fileName) {
        String base = fileName.replace(".json", "").replace("_full", "").replace("_list", "");
        return switch (base) {
            case "service", "organization", "location", "service_at_location", "taxonomy", "taxonomy_term" -> base;
            default -> null;
        };
    }

    private interface ItemVisitor {
        void visit(JsonObject item, String path);
    }

    private static void eachItem(JsonValue value, String path, ItemVisitor visitor) {
        if (value instanceof JsonArray array) {
            for (int i = 0; i < array.size(); i++) {
                if (array.get(i) instanceof JsonObject item) {
                    visitor.visit(item, path + "[" + i + "]");
                }
            }
        }
    }

    /** Walks nested documents into rows; a row met twice (an organisation under each service) is kept once. */
    private final class Collector {
        private final String source;
        private final ImportBatch batch;
        private final Map<String, Map<String, Map<String, String>>> rows = new LinkedHashMap<>();
        private final Map<String, String> positions = new LinkedHashMap<>();

        Collector(String source, ImportBatch batch) {
            this.source = source;
            this.batch = batch;
        }

        /** @return the id of the row made of {@code object} */
        String walk(String table, JsonObject object, String path, String parentTable, String parentId) {
            HsdsTable definition = model.table(table);
            Map<String, String> row = new LinkedHashMap<>();
            for (HsdsField field : definition.fieldsWithExtensions()) {
                JsonValue value = object.get(field.name());
                if (value != null && value.getValueType() != JsonValue.ValueType.NULL
                        && value.getValueType() != JsonValue.ValueType.OBJECT
                        && value.getValueType() != JsonValue.ValueType.ARRAY) {
                    row.put(field.name(), text(value));
                }
            }
            if (parentTable != null) {
                link(definition, row, parentTable, parentId);
            }
            String id = row.get("id");
            for (Map.Entry<String, JsonValue> property : object.entrySet()) {
                String name = property.getKey();
                if (OBJECTS.containsKey(name) && property.getValue() instanceof JsonObject child) {
                    String childTable = OBJECTS.get(name);
                    String childId = walk(childTable, child, path + "." + name, null, null);
                    definition.references().forEach((field, target) -> {
                        if (target.equals(childTable) && !field.equals("parent_organization_id")
                                && (row.get(field) == null || row.get(field).isBlank()) && childId != null) {
                            row.put(field, childId);
                        }
                    });
                } else if (ARRAYS.containsKey(name)) {
                    eachItem(property.getValue(), path + "." + name,
                            (item, itemPath) -> walk(ARRAYS.get(name), item, itemPath, table, id));
                }
            }
            String key = id == null ? path : id.toLowerCase();
            Map<String, String> known = rows.computeIfAbsent(table, t -> new LinkedHashMap<>()).get(key);
            if (known == null) {
                rows.get(table).put(key, row);
                positions.put(table + "/" + key, source + " " + path);
            } else {
                row.forEach(known::putIfAbsent);
            }
            return id;
        }

        /** Points a nested row at the document it sits in, unless it says otherwise itself. */
        private void link(HsdsTable table, Map<String, String> row, String parentTable, String parentId) {
            if (parentId == null) {
                return;
            }
            if (table.name().equals("attribute")) {
                row.putIfAbsent("link_id", parentId);
                row.putIfAbsent("link_entity", parentTable);
                return;
            }
            if (table.name().equals("metadata")) {
                row.putIfAbsent("resource_id", parentId);
                row.putIfAbsent("resource_type", parentTable);
                return;
            }
            Set<String> candidates = new LinkedHashSet<>();
            table.references().forEach((field, target) -> {
                if (target.equals(parentTable) && !field.equals("parent_organization_id")) {
                    candidates.add(field);
                }
            });
            for (String field : candidates) {
                if (row.get(field) == null || row.get(field).isBlank()) {
                    row.put(field, parentId);
                }
            }
        }

        void flush() {
            rows.forEach((table, byId) -> {
                batch.touch(table, source);
                byId.forEach((key, row) -> batch.add(table, source,
                        new SourceRow(positions.get(table + "/" + key), row)));
            });
        }
    }

    private static String text(JsonValue value) {
        return switch (value.getValueType()) {
            case STRING -> ((JsonString) value).getString();
            case NUMBER -> ((JsonNumber) value).bigDecimalValue().toPlainString();
            case TRUE -> "true";
            case FALSE -> "false";
            default -> value.toString();
        };
    }

}
