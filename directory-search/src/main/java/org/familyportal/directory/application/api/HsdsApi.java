package org.familyportal.directory.application.api;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.familyportal.directory.application.exchange.Audience;
import org.familyportal.directory.domain.hsds.HsdsField;
import org.familyportal.directory.domain.hsds.HsdsModel;
import org.familyportal.directory.domain.hsds.HsdsRows;
import org.familyportal.shared.JsonBuilders;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The directory as the HSDS 3.0 API shows it to the public: services, organisations, taxonomies
 * and service-at-locations as JSON shaped by the standard's compiled schemas, in pages. Confidential
 * locations appear without address and coordinates. Read-only.
 *
 * <p>Documents are assembled set by set: the rows of a page first, then each table they nest
 * (phones, schedules, locations, ...) for all of the page's rows at once, so a page of 200 costs
 * the same few questions to the database as a page of one.
 */
public final class HsdsApi {

    public static final int MAX_PAGE_SIZE = 200;

    /** What a service nests directly, as HSDS field name → table (all by {@code service_id}). */
    private static final Map<String, String> SERVICE_CHILDREN = orderedMap("phones", "phone", "schedules", "schedule",
            "service_areas", "service_area", "languages", "language", "cost_options", "cost_option",
            "required_documents", "required_document", "contacts", "contact", "funding", "funding");

    private final HsdsModel model = HsdsModel.standard();
    private final HsdsRows tables;
    private final Audience audience = Audience.PUBLIC;

    public HsdsApi(HsdsRows tables) {
        this.tables = tables;
    }

    /** Filters of the service list; null means "any". */
    public record ServiceFilter(String taxonomyTermId, String organizationId, LocalDateTime modifiedAfter) {
    }

    public JsonObject services(ServiceFilter filter, int page, int perPage) throws SQLException {
        HsdsRows.Filter rows = new HsdsRows.Filter(filter.taxonomyTermId(), filter.organizationId(),
                filter.modifiedAfter(), null, null);
        try (HsdsRows.Reading r = tables.open()) {
            long total = r.count("service", rows);
            List<JsonObject> contents = services(r, r.page("service", rows, offset(page, perPage), perPage));
            return pageOf(contents, total, page, perPage);
        }
    }

    /** A page of the given services, in the given order (as a search ranked them). */
    public JsonObject servicesInOrder(List<String> ids, long total, int page, int perPage) throws SQLException {
        try (HsdsRows.Reading r = tables.open()) {
            Map<String, Map<String, String>> found = byId(r.whereIn("service", "id", ids));
            List<Map<String, String>> ranked = ids.stream().map(found::get).filter(Objects::nonNull).toList();
            return pageOf(services(r, ranked), total, page, perPage);
        }
    }

    /** A page of the service-at-locations of the given services, in the services' order. */
    public JsonObject serviceAtLocationsOf(List<String> serviceIds, long total, int page, int perPage) throws SQLException {
        try (HsdsRows.Reading r = tables.open()) {
            Map<String, List<Map<String, String>>> ofService = groupBy(
                    r.whereIn("service_at_location", "service_id", serviceIds), "service_id");
            List<Map<String, String>> rows = new ArrayList<>();
            for (String id : serviceIds) {
                rows.addAll(ofService.getOrDefault(id, List.of()));
            }
            return pageOf(serviceAtLocations(r, rows), total, page, perPage);
        }
    }

    public Optional<JsonObject> service(String id) throws SQLException {
        try (HsdsRows.Reading r = tables.open()) {
            return services(r, r.whereIn("service", "id", List.of(id))).stream().findFirst();
        }
    }

    public JsonObject organizations(int page, int perPage) throws SQLException {
        try (HsdsRows.Reading r = tables.open()) {
            long total = r.count("organization", HsdsRows.Filter.NONE);
            List<Map<String, String>> rows = r.page("organization", HsdsRows.Filter.NONE, offset(page, perPage), perPage);
            return pageOf(organizations(r, rows, false), total, page, perPage);
        }
    }

    public Optional<JsonObject> organization(String id) throws SQLException {
        try (HsdsRows.Reading r = tables.open()) {
            return organizations(r, r.whereIn("organization", "id", List.of(id)), true).stream().findFirst();
        }
    }

    public JsonObject taxonomies(int page, int perPage) throws SQLException {
        return simplePage("taxonomy", HsdsRows.Filter.NONE, page, perPage);
    }

    public Optional<JsonObject> taxonomy(String id) throws SQLException {
        return simpleOne("taxonomy", id);
    }

    public JsonObject taxonomyTerms(String taxonomyId, int page, int perPage) throws SQLException {
        return simplePage("taxonomy_term", new HsdsRows.Filter(null, null, null, null, taxonomyId), page, perPage);
    }

    public Optional<JsonObject> taxonomyTerm(String id) throws SQLException {
        return simpleOne("taxonomy_term", id);
    }

    public JsonObject serviceAtLocations(ServiceFilter filter, int page, int perPage) throws SQLException {
        return serviceAtLocations(filter, null, page, perPage);
    }

    /**
     * Service-at-locations, also only those whose location's address has {@code postcode} as its
     * postal code (compared exactly, without blanks around; null: any). A confidential location
     * never matches a postal code: that would tell where the shelter is.
     */
    public JsonObject serviceAtLocations(ServiceFilter filter, String postcode, int page, int perPage) throws SQLException {
        HsdsRows.Filter rows = new HsdsRows.Filter(filter.taxonomyTermId(), filter.organizationId(), null, postcode, null);
        try (HsdsRows.Reading r = tables.open()) {
            long total = r.count("service_at_location", rows);
            List<Map<String, String>> found = r.page("service_at_location", rows, offset(page, perPage), perPage);
            return pageOf(serviceAtLocations(r, found), total, page, perPage);
        }
    }

    public Optional<JsonObject> serviceAtLocation(String id) throws SQLException {
        try (HsdsRows.Reading r = tables.open()) {
            return serviceAtLocations(r, r.whereIn("service_at_location", "id", List.of(id))).stream().findFirst();
        }
    }

    // --- assembling the documents, one question per nested table for all rows at once ---

    /** The service documents of {@code rows}, in their order. */
    private List<JsonObject> services(HsdsRows.Reading r, List<Map<String, String>> rows) throws SQLException {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<String> ids = ids(rows);
        Map<String, Map<String, List<JsonObject>>> children = new LinkedHashMap<>();
        for (Map.Entry<String, String> child : SERVICE_CHILDREN.entrySet()) {
            children.put(child.getKey(), children(r, child.getValue(), "service_id", ids));
        }
        children.put("attributes", attributes(r, ids));
        List<Map<String, String>> salRows = r.whereIn("service_at_location", "service_id", ids);
        List<JsonObject> salDocuments = serviceAtLocations(r, salRows);
        Map<String, List<JsonObject>> salsOf = new LinkedHashMap<>();
        for (int i = 0; i < salRows.size(); i++) {
            salsOf.computeIfAbsent(salRows.get(i).get("service_id"), k -> new ArrayList<>()).add(salDocuments.get(i));
        }
        Map<String, Map<String, String>> organizations = byId(r.whereIn("organization", "id", values(rows, "organization_id")));
        Map<String, List<JsonObject>> metadata = metadata(r, ids);

        List<JsonObject> documents = new ArrayList<>();
        for (Map<String, String> row : rows) {
            JsonObjectBuilder json = fields("service", row);
            String id = row.get("id");
            for (Map.Entry<String, Map<String, List<JsonObject>>> child : children.entrySet()) {
                json.add(child.getKey(), array(child.getValue().getOrDefault(id, List.of())));
            }
            json.add("service_at_locations", array(salsOf.getOrDefault(id, List.of())));
            String org = row.get("organization_id");
            if (org != null && organizations.containsKey(org)) {
                json.add("organization", fields("organization", organizations.get(org)));
            }
            json.add("metadata", array(metadata.getOrDefault(id, List.of())));
            documents.add(json.build());
        }
        return documents;
    }

    /** The attributes linked to {@code linkIds}, each with its taxonomy term, by link id. */
    private Map<String, List<JsonObject>> attributes(HsdsRows.Reading r, Collection<String> linkIds) throws SQLException {
        List<Map<String, String>> rows = r.whereIn("attribute", "link_id", linkIds);
        Map<String, Map<String, String>> terms = byId(r.whereIn("taxonomy_term", "id", values(rows, "taxonomy_term_id")));
        Map<String, List<JsonObject>> attributes = new LinkedHashMap<>();
        for (Map<String, String> row : rows) {
            JsonObjectBuilder json = fields("attribute", row);
            Map<String, String> term = terms.get(row.get("taxonomy_term_id"));
            if (term != null) {
                json.add("taxonomy_term", fields("taxonomy_term", term));
            }
            attributes.computeIfAbsent(row.get("link_id"), k -> new ArrayList<>()).add(json.build());
        }
        return attributes;
    }

    /** The service-at-location documents of {@code rows}, in their order. */
    private List<JsonObject> serviceAtLocations(HsdsRows.Reading r, List<Map<String, String>> rows) throws SQLException {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<String> ids = ids(rows);
        Map<String, List<JsonObject>> phones = children(r, "phone", "service_at_location_id", ids);
        Map<String, List<JsonObject>> schedules = children(r, "schedule", "service_at_location_id", ids);
        Map<String, List<JsonObject>> contacts = children(r, "contact", "service_at_location_id", ids);
        List<Map<String, String>> locationRows = r.whereIn("location", "id", values(rows, "location_id"));
        List<JsonObject> locationDocuments = locations(r, locationRows);
        Map<String, JsonObject> locations = new LinkedHashMap<>();
        for (int i = 0; i < locationRows.size(); i++) {
            locations.put(locationRows.get(i).get("id"), locationDocuments.get(i));
        }
        List<JsonObject> documents = new ArrayList<>();
        for (Map<String, String> row : rows) {
            JsonObjectBuilder json = fields("service_at_location", row);
            String id = row.get("id");
            json.add("phones", array(phones.getOrDefault(id, List.of())));
            json.add("schedules", array(schedules.getOrDefault(id, List.of())));
            json.add("contacts", array(contacts.getOrDefault(id, List.of())));
            json.add("attributes", JsonBuilders.array());
            json.add("metadata", JsonBuilders.array());
            JsonObject location = locations.get(row.get("location_id"));
            if (location != null) {
                json.add("location", location);
            }
            documents.add(json.build());
        }
        return documents;
    }

    /** The location documents of {@code rows}, in their order; a confidential one without its addresses. */
    private List<JsonObject> locations(HsdsRows.Reading r, List<Map<String, String>> rows) throws SQLException {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<String> ids = ids(rows);
        List<String> withAddresses = rows.stream().filter(l -> !(confidential(l) && audience == Audience.PUBLIC))
                .map(l -> l.get("id")).toList();
        Map<String, List<JsonObject>> addresses = children(r, "address", "location_id", withAddresses);
        Map<String, List<JsonObject>> phones = children(r, "phone", "location_id", ids);
        Map<String, List<JsonObject>> schedules = children(r, "schedule", "location_id", ids);
        Map<String, List<JsonObject>> accessibility = children(r, "accessibility", "location_id", ids);
        Map<String, List<JsonObject>> languages = children(r, "language", "location_id", ids);
        Map<String, List<JsonObject>> contacts = children(r, "contact", "location_id", ids);
        List<JsonObject> documents = new ArrayList<>();
        for (Map<String, String> row : rows) {
            JsonObjectBuilder json = fields("location", audience.redact("location", row));
            String id = row.get("id");
            json.add("addresses", array(confidential(row) && audience == Audience.PUBLIC ? List.of()
                    : addresses.getOrDefault(id, List.of())));
            json.add("phones", array(phones.getOrDefault(id, List.of())));
            json.add("schedules", array(schedules.getOrDefault(id, List.of())));
            json.add("accessibility", array(accessibility.getOrDefault(id, List.of())));
            json.add("languages", array(languages.getOrDefault(id, List.of())));
            json.add("contacts", array(contacts.getOrDefault(id, List.of())));
            json.add("attributes", JsonBuilders.array());
            json.add("metadata", JsonBuilders.array());
            documents.add(json.build());
        }
        return documents;
    }

    /** The organisation documents of {@code rows}; {@code full}: with their locations and services. */
    private List<JsonObject> organizations(HsdsRows.Reading r, List<Map<String, String>> rows, boolean full)
            throws SQLException {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<String> ids = ids(rows);
        Map<String, List<JsonObject>> phones = children(r, "phone", "organization_id", ids);
        Map<String, List<JsonObject>> contacts = children(r, "contact", "organization_id", ids);
        Map<String, List<JsonObject>> identifiers = children(r, "organization_identifier", "organization_id", ids);
        Map<String, List<JsonObject>> funding = children(r, "funding", "organization_id", ids);
        Map<String, List<JsonObject>> programs = children(r, "program", "organization_id", ids);
        Map<String, List<JsonObject>> attributes = attributes(r, ids);
        Map<String, List<JsonObject>> metadata = metadata(r, ids);
        Map<String, List<JsonObject>> locations = Map.of();
        Map<String, List<JsonObject>> services = Map.of();
        if (full) {
            locations = documentsBy(r.whereIn("location", "organization_id", ids), "organization_id", rs -> locations(r, rs));
            services = documentsBy(r.whereIn("service", "organization_id", ids), "organization_id", rs -> services(r, rs));
        }
        List<JsonObject> documents = new ArrayList<>();
        for (Map<String, String> row : rows) {
            JsonObjectBuilder json = fields("organization", row);
            String id = row.get("id");
            json.add("phones", array(phones.getOrDefault(id, List.of())));
            json.add("contacts", array(contacts.getOrDefault(id, List.of())));
            json.add("organization_identifiers", array(identifiers.getOrDefault(id, List.of())));
            json.add("funding", array(funding.getOrDefault(id, List.of())));
            json.add("programs", array(programs.getOrDefault(id, List.of())));
            json.add("attributes", array(attributes.getOrDefault(id, List.of())));
            json.add("metadata", array(metadata.getOrDefault(id, List.of())));
            if (full) {
                json.add("locations", array(locations.getOrDefault(id, List.of())));
                json.add("services", array(services.getOrDefault(id, List.of())));
            }
            documents.add(json.build());
        }
        return documents;
    }

    private interface Documents {
        List<JsonObject> of(List<Map<String, String>> rows) throws SQLException;
    }

    /** The documents of {@code rows} (made all at once), grouped by the value of {@code field}. */
    private static Map<String, List<JsonObject>> documentsBy(List<Map<String, String>> rows, String field,
                                                             Documents documents) throws SQLException {
        List<JsonObject> made = documents.of(rows);
        Map<String, List<JsonObject>> grouped = new LinkedHashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            grouped.computeIfAbsent(rows.get(i).get(field), k -> new ArrayList<>()).add(made.get(i));
        }
        return grouped;
    }

    private Map<String, List<JsonObject>> metadata(HsdsRows.Reading r, Collection<String> resourceIds) throws SQLException {
        return children(r, "metadata", "resource_id", resourceIds);
    }

    /** The rows of {@code table} belonging to {@code parentIds} as documents without nesting, by parent. */
    private Map<String, List<JsonObject>> children(HsdsRows.Reading r, String table, String parentField,
                                                   Collection<String> parentIds) throws SQLException {
        Map<String, List<JsonObject>> children = new LinkedHashMap<>();
        if (parentIds.isEmpty()) {
            return children;
        }
        for (Map<String, String> row : r.whereIn(table, parentField, parentIds)) {
            children.computeIfAbsent(row.get(parentField), k -> new ArrayList<>()).add(fields(table, row).build());
        }
        return children;
    }

    private JsonObject simplePage(String table, HsdsRows.Filter filter, int page, int perPage) throws SQLException {
        try (HsdsRows.Reading r = tables.open()) {
            long total = r.count(table, filter);
            List<JsonObject> contents = r.page(table, filter, offset(page, perPage), perPage).stream()
                    .map(row -> fields(table, row).build()).toList();
            return pageOf(contents, total, page, perPage);
        }
    }

    private Optional<JsonObject> simpleOne(String table, String id) throws SQLException {
        try (HsdsRows.Reading r = tables.open()) {
            return r.whereIn(table, "id", List.of(id)).stream().findFirst().map(row -> fields(table, row).build());
        }
    }

    /** The HSDS fields of a row as JSON: numbers as numbers, absent values left out. */
    private JsonObjectBuilder fields(String table, Map<String, String> row) {
        JsonObjectBuilder json = JsonBuilders.object();
        for (HsdsField field : model.table(table).fields()) {
            String value = row.get(field.name());
            if (value == null) {
                continue;
            }
            if ("number".equals(field.type())) {
                json.add(field.name(), new BigDecimal(value));
            } else {
                json.add(field.name(), value);
            }
        }
        return json;
    }

    private static boolean confidential(Map<String, String> location) {
        return "true".equals(location.get("confidential"));
    }

    private static JsonArrayBuilder array(List<JsonObject> items) {
        JsonArrayBuilder array = JsonBuilders.array();
        items.forEach(array::add);
        return array;
    }

    private static JsonObject pageOf(List<JsonObject> contents, long total, int page, int perPage) {
        long pages = Math.max(1, (total + perPage - 1) / perPage);
        return JsonBuilders.object()
                .add("total_items", total)
                .add("total_pages", pages)
                .add("page_number", page)
                .add("size", contents.size())
                .add("first_page", page == 1)
                .add("last_page", page >= pages)
                .add("empty", contents.isEmpty())
                .add("contents", array(contents))
                .build();
    }

    private static long offset(int page, int perPage) {
        return (long) (page - 1) * perPage;
    }

    private static List<String> ids(List<Map<String, String>> rows) {
        return rows.stream().map(r -> r.get("id")).toList();
    }

    /** The distinct non-null values of {@code field} in {@code rows}. */
    private static List<String> values(List<Map<String, String>> rows, String field) {
        LinkedHashSet<String> values = new LinkedHashSet<>();
        for (Map<String, String> row : rows) {
            if (row.get(field) != null) {
                values.add(row.get(field));
            }
        }
        return new ArrayList<>(values);
    }

    private static Map<String, Map<String, String>> byId(List<Map<String, String>> rows) {
        Map<String, Map<String, String>> byId = new LinkedHashMap<>();
        rows.forEach(row -> byId.putIfAbsent(row.get("id"), row));
        return byId;
    }

    private static Map<String, List<Map<String, String>>> groupBy(List<Map<String, String>> rows, String field) {
        Map<String, List<Map<String, String>>> grouped = new LinkedHashMap<>();
        rows.forEach(row -> grouped.computeIfAbsent(row.get(field), k -> new ArrayList<>()).add(row));
        return grouped;
    }

    private static Map<String, String> orderedMap(String... keysAndValues) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
