package org.familyportal.shared;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObjectBuilder;

import java.util.Map;

/**
 * JSON builders from one factory. {@code Json.createObjectBuilder()} looks the JSON-P provider up
 * again on every call (a service-loader scan of the application's jars on Payara), which cost more
 * than the whole search for an {@code /api/search} answer of a few hundred values.
 */
public final class JsonBuilders {

    private static final JsonBuilderFactory FACTORY = Json.createBuilderFactory(Map.of());

    private JsonBuilders() {
    }

    public static JsonObjectBuilder object() {
        return FACTORY.createObjectBuilder();
    }

    public static JsonArrayBuilder array() {
        return FACTORY.createArrayBuilder();
    }
}
