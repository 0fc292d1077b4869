package org.familyportal.portal.interfaces.rest.hsds;

import jakarta.ws.rs.core.Response;
import org.familyportal.directory.application.api.HsdsApi;
import org.familyportal.portal.interfaces.rest.ApiProblem;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/** Reads the query parameters of the HSDS API; a bad one is a 400 that says which and why. */
final class HsdsParameters {

    static final int DEFAULT_PAGE_SIZE = 50;
    private static final Pattern UUID = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private HsdsParameters() {
    }

    static int page(String value) {
        return positive("page", value, 1, Integer.MAX_VALUE / HsdsApi.MAX_PAGE_SIZE);
    }

    static int perPage(String value) {
        return positive("per_page", value, DEFAULT_PAGE_SIZE, HsdsApi.MAX_PAGE_SIZE);
    }

    /** The UUID in a record's path ({@code /services/{id}}); a blank one names no record. */
    static String id(String value) {
        String id = uuid("id", value);
        if (id == null) {
            throw new ApiProblem(Response.Status.NOT_FOUND, "api.error.notFound");
        }
        return id;
    }

    /** A UUID parameter, or null when absent. */
    static String uuid(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!UUID.matcher(value.strip()).matches()) {
            throw new ApiProblem(Response.Status.BAD_REQUEST, "api.error.uuid", name);
        }
        return value.strip().toLowerCase();
    }

    /** An ISO 8601 date-time (with or without offset; UTC when without), or null when absent. */
    static LocalDateTime dateTime(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.strip()).withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime();
        } catch (DateTimeParseException e) {
            try {
                return LocalDateTime.parse(value.strip());
            } catch (DateTimeParseException again) {
                throw new ApiProblem(Response.Status.BAD_REQUEST, "api.error.dateTime", name);
            }
        }
    }

    /** A postal code, without blanks around it, or null when absent. */
    static String postcode(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String code = value.strip();
        if (code.length() > 16) {
            throw new ApiProblem(Response.Status.BAD_REQUEST, "api.error.postcode", name);
        }
        return code;
    }

    /** A point as "latitude,longitude" in degrees. */
    static org.familyportal.directory.domain.search.IndexedService.Point point(String name, String value) {
        String[] parts = value.split(",");
        try {
            if (parts.length == 2) {
                double lat = Double.parseDouble(parts[0].strip());
                double lon = Double.parseDouble(parts[1].strip());
                if (lat >= -90 && lat <= 90 && lon >= -180 && lon <= 180) {
                    return new org.familyportal.directory.domain.search.IndexedService.Point(lat, lon);
                }
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new ApiProblem(Response.Status.BAD_REQUEST, "api.error.point", name);
    }

    private static int positive(String name, String value, int fallback, int max) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int number = Integer.parseInt(value.strip());
            if (number >= 1 && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new ApiProblem(Response.Status.BAD_REQUEST, "api.error.range", name, 1, max);
    }
}
