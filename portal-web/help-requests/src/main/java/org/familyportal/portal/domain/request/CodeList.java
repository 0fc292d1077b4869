package org.familyportal.portal.domain.request;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A short list of codes (topics, service ids, actions) kept in one comma-separated column. */
@Converter
public class CodeList implements AttributeConverter<List<String>, String> {

    @Override
    public String convertToDatabaseColumn(List<String> codes) {
        return codes == null ? "" : String.join(",", codes);
    }

    @Override
    public List<String> convertToEntityAttribute(String column) {
        return column == null || column.isBlank() ? new ArrayList<>()
                : new ArrayList<>(Arrays.asList(column.split(",")));
    }
}
