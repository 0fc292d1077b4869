package org.familyportal.directory.application.exchange;

import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import org.familyportal.directory.domain.hsds.HsdsField;
import org.familyportal.directory.domain.hsds.HsdsModel;
import org.familyportal.directory.domain.hsds.HsdsRows;
import org.familyportal.directory.domain.hsds.HsdsTable;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/**
 * Exports the whole directory as HSDS 3.0 JSON in the standard's tabular form
 * ({@code {"organizations.csv": [{...}, ...], ...}}, as in the official {@code tabular.json}),
 * which {@link JsonReader} reads back to the same data. Streams, so size is no problem.
 */
public final class JsonExport {

    private final HsdsModel model;
    private final HsdsRows tables;

    public JsonExport(HsdsModel model, HsdsRows tables) {
        this.model = model;
        this.tables = tables;
    }

    public void write(Audience audience, OutputStream out) throws SQLException {
        try (HsdsRows.Reading reading = tables.open();
             JsonGenerator json = Json.createGenerator(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8))) {
            json.writeStartObject();
            for (HsdsTable table : model.tablesInLoadOrder()) {
                json.writeStartArray(table.file());
                List<HsdsField> fields = table.fieldsWithExtensions();
                reading.readAll(table.name(), audience.withholdsConfidentialPlaces(), row -> {
                    Map<String, String> shown = audience.redact(table.name(), row);
                    json.writeStartObject();
                    for (HsdsField field : fields) {
                        String value = shown.get(field.name());
                        if (value == null) {
                            continue;
                        }
                        switch (field.type()) {
                            case "number" -> json.write(field.name(), new BigDecimal(value));
                            case "boolean" -> json.write(field.name(), Boolean.parseBoolean(value));
                            default -> json.write(field.name(), value);
                        }
                    }
                    json.writeEnd();
                });
                json.writeEnd();
            }
            json.writeEnd();
        }
    }
}
