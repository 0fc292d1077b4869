package org.familyportal.directory.application.api;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.familyportal.directory.application.exchange.Audience;
import org.familyportal.directory.domain.hsds.HsdsField;
import org.familyportal.directory.domain.hsds.HsdsModel;
import org.familyportal.directory.domain.hsds.HsdsTable;
import org.familyportal.directory.infrastructure.jdbc.DirectoryTables;
import org.familyportal.directory.infrastructure.json.JsonBuilders;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The directory as the HSDS 3.0 API shows it to the public: services, organisations, taxonomies
 * and service-at-locations as JSON shaped by the standard's compiled schemas, in pages. Confidential
 * locations appear without address and coordinates. Read-only.
 */
public final class HsdsApi {

    public static final int MAX_PAGE_SIZE = 200;

    private final HsdsModel model = HsdsModel.standard();
    private final DataSource dataSource;
    private final Audience audience = Audience.PUBLIC;

    public HsdsApi(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Filters of the service list; null means "any". */
    public record ServiceFilter(String taxonomyTermId, String organizationId, LocalDateTime modifiedAfter) {
    }

    public JsonObject services(ServiceFilter filter, int page, int perPage) throws SQLException {
        StringBuilder where = new StringBuilder("1=1");
        List<Object> params = new ArrayList<>();
        if (filter.taxonomyTermId() != null) {
            where.append(" AND EXISTS (SELECT 1 FROM `attribute` a WHERE a.`link_id` = t.`id` AND a.`taxonomy_term_id` = ?)");
            params.add(filter.taxonomyTermId());
        }
        if (filter.organizationId() != null) {
            where.append(" AND t.`organization_id` = ?");
            params.add(filter.organizationId());
        }
        if (filter.modifiedAfter() != null) {
            where.append(" AND t.`last_modified` > ?");
            params.add(Timestamp.valueOf(filter.modifiedAfter()));
        }
        try (Connection c = dataSource.getConnection()) {
            long total = count(c, "service", where.toString(), params);
            List<Map<String, String>> rows = page(c, model.table("service"), where.toString(), params, page, perPage);
            List<JsonObject> contents = new ArrayList<>();
            Map<String, List<JsonObject>> details = serviceDetails(c, ids(rows));
            for (Map<String, String> row : rows) {
                contents.add(service(c, row, details));
            }
            return pageOf(contents, total, page, perPage);
        }
    }

    /** A page of the given services, in the given order (as a search ranked them). */
    public JsonObject servicesInOrder(List<String> ids, long total, int page, int perPage) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            Map<String, List<JsonObject>> details = serviceDetails(c, ids);
            List<JsonObject> contents = new ArrayList<>();
            for (String id : ids) {
                for (Map<String, String> row : rows(c, model.table("service"), "t.`id` = ?", List.of(id))) {
                    contents.add(service(c, row, details));
                }
            }
            return pageOf(contents, total, page, perPage);
        }
    }

    /** A page of the service-at-locations of the given services, in the services' order. */
    public JsonObject serviceAtLocationsOf(List<String> serviceIds, long total, int page, int perPage) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            List<JsonObject> contents = new ArrayList<>();
            for (String id : serviceIds) {
                for (Map<String, String> row : rows(c, model.table("service_at_location"), "t.`service_id` = ?", List.of(id))) {
                    contents.add(serviceAtLocation(c, row));
                }
            }
            return pageOf(contents, total, page, perPage);
        }
    }

    public Optional<JsonObject> service(String id) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            List<Map<String, String>> rows = rows(c, model.table("service"), "t.`id` = ?", List.of(id));
            if (rows.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(service(c, rows.get(0), serviceDetails(c, List.of(id))));
        }
    }

    public JsonObject organizations(int page, int perPage) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            long total = count(c, "organization", "1=1", List.of());
            List<Map<String, String>> rows = page(c, model.table("organization"), "1=1", List.of(), page, perPage);
            List<JsonObject> contents = new ArrayList<>();
            for (Map<String, String> row : rows) {
                contents.add(organization(c, row, false));
            }
            return pageOf(contents, total, page, perPage);
        }
    }

    public Optional<JsonObject> organization(String id) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            List<Map<String, String>> rows = rows(c, model.table("organization"), "t.`id` = ?", List.of(id));
            return rows.isEmpty() ? Optional.empty() : Optional.of(organization(c, rows.get(0), true));
        }
    }

    public JsonObject taxonomies(int page, int perPage) throws SQLException {
        return simplePage("taxonomy", "1=1", List.of(), page, perPage);
    }

    public Optional<JsonObject> taxonomy(String id) throws SQLException {
        return simpleOne("taxonomy", id);
    }

    public JsonObject taxonomyTerms(String taxonomyId, int page, int perPage) throws SQLException {
        return taxonomyId == null ? simplePage("taxonomy_term", "1=1", List.of(), page, perPage)
                : simplePage("taxonomy_term", "t.`taxonomy_id` = ?", List.of(taxonomyId), page, perPage);
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
        StringBuilder where = new StringBuilder("1=1");
        List<Object> params = new ArrayList<>();
        if (postcode != null) {
            where.append(" AND EXISTS (SELECT 1 FROM `location` l JOIN `address` ad ON ad.`location_id` = l.`id`"
                    + " WHERE l.`id` = t.`location_id` AND NOT l.`confidential`"
                    + " AND TRIM(ad.`postal_code`) COLLATE utf8mb4_bin = ?)");
            params.add(postcode.strip());
        }
        if (filter.taxonomyTermId() != null) {
            where.append(" AND EXISTS (SELECT 1 FROM `attribute` a WHERE a.`link_id` = t.`service_id` AND a.`taxonomy_term_id` = ?)");
            params.add(filter.taxonomyTermId());
        }
        if (filter.organizationId() != null) {
            where.append(" AND EXISTS (SELECT 1 FROM `service` s WHERE s.`id` = t.`service_id` AND s.`organization_id` = ?)");
            params.add(filter.organizationId());
        }
        try (Connection c = dataSource.getConnection()) {
            long total = count(c, "service_at_location", where.toString(), params);
            List<Map<String, String>> rows = page(c, model.table("service_at_location"), where.toString(), params, page, perPage);
            List<JsonObject> contents = new ArrayList<>();
            for (Map<String, String> row : rows) {
                contents.add(serviceAtLocation(c, row));
            }
            return pageOf(contents, total, page, perPage);
        }
    }

    public Optional<JsonObject> serviceAtLocation(String id) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            List<Map<String, String>> rows = rows(c, model.table("service_at_location"), "t.`id` = ?", List.of(id));
            return rows.isEmpty() ? Optional.empty() : Optional.of(serviceAtLocation(c, rows.get(0)));
        }
    }

    // --- assembling the documents ---

    private JsonObject service(Connection c, Map<String, String> row, Map<String, List<JsonObject>> details) throws SQLException {
        JsonObjectBuilder json = fields("service", row);
        String id = row.get("id");
        for (String child : List.of("phones", "schedules", "service_areas", "languages", "cost_options",
                "required_documents", "contacts", "funding", "attributes")) {
            json.add(child, array(details.getOrDefault(child + ":" + id, List.of())));
        }
        List<JsonObject> sals = new ArrayList<>();
        for (Map<String, String> sal : rows(c, model.table("service_at_location"), "t.`service_id` = ?", List.of(id))) {
            sals.add(serviceAtLocation(c, sal));
        }
        json.add("service_at_locations", array(sals));
        String org = row.get("organization_id");
        if (org != null) {
            rows(c, model.table("organization"), "t.`id` = ?", List.of(org)).stream().findFirst()
                    .ifPresent(o -> json.add("organization", fields("organization", o)));
        }
        json.add("metadata", array(metadata(c, id)));
        return json.build();
    }

    /** The children of many services at once, keyed "children:serviceId". */
    private Map<String, List<JsonObject>> serviceDetails(Connection c, Collection<String> serviceIds) throws SQLException {
        Map<String, List<JsonObject>> details = new LinkedHashMap<>();
        if (serviceIds.isEmpty()) {
            return details;
        }
        String in = serviceIds.stream().map(i -> "?").collect(Collectors.joining(","));
        List<Object> params = new ArrayList<>(serviceIds);
        Map<String, String> children = Map.of("phones", "phone", "schedules", "schedule", "service_areas", "service_area",
                "languages", "language", "cost_options", "cost_option", "required_documents", "required_document",
                "contacts", "contact", "funding", "funding");
        for (Map.Entry<String, String> child : children.entrySet()) {
            for (Map<String, String> row : rows(c, model.table(child.getValue()), "t.`service_id` IN (" + in + ")", params)) {
                details.computeIfAbsent(child.getKey() + ":" + row.get("service_id"), k -> new ArrayList<>())
                        .add(fields(child.getValue(), row).build());
            }
        }
        for (Map<String, String> row : rows(c, model.table("attribute"), "t.`link_id` IN (" + in + ")", params)) {
            details.computeIfAbsent("attributes:" + row.get("link_id"), k -> new ArrayList<>()).add(attribute(c, row));
        }
        return details;
    }

    private JsonObject attribute(Connection c, Map<String, String> row) throws SQLException {
        JsonObjectBuilder json = fields("attribute", row);
        rows(c, model.table("taxonomy_term"), "t.`id` = ?", List.of(row.get("taxonomy_term_id"))).stream().findFirst()
                .ifPresent(term -> json.add("taxonomy_term", fields("taxonomy_term", term)));
        return json.build();
    }

    private JsonObject serviceAtLocation(Connection c, Map<String, String> row) throws SQLException {
        JsonObjectBuilder json = fields("service_at_location", row);
        String id = row.get("id");
        json.add("phones", array(children(c, "phone", "service_at_location_id", id)));
        json.add("schedules", array(children(c, "schedule", "service_at_location_id", id)));
        json.add("contacts", array(children(c, "contact", "service_at_location_id", id)));
        json.add("attributes", JsonBuilders.array());
        json.add("metadata", JsonBuilders.array());
        String location = row.get("location_id");
        if (location != null) {
            for (Map<String, String> l : rows(c, model.table("location"), "t.`id` = ?", List.of(location))) {
                json.add("location", location(c, l));
            }
        }
        return json.build();
    }

    private JsonObject location(Connection c, Map<String, String> row) throws SQLException {
        Map<String, String> shown = audience.redact("location", row);
        JsonObjectBuilder json = fields("location", shown);
        String id = row.get("id");
        boolean confidential = "true".equals(row.get("confidential"));
        json.add("addresses", array(confidential && audience == Audience.PUBLIC ? List.of()
                : children(c, "address", "location_id", id)));
        json.add("phones", array(children(c, "phone", "location_id", id)));
        json.add("schedules", array(children(c, "schedule", "location_id", id)));
        json.add("accessibility", array(children(c, "accessibility", "location_id", id)));
        json.add("languages", array(children(c, "language", "location_id", id)));
        json.add("contacts", array(children(c, "contact", "location_id", id)));
        json.add("attributes", JsonBuilders.array());
        json.add("metadata", JsonBuilders.array());
        return json.build();
    }

    private JsonObject organization(Connection c, Map<String, String> row, boolean full) throws SQLException {
        JsonObjectBuilder json = fields("organization", row);
        String id = row.get("id");
        json.add("phones", array(children(c, "phone", "organization_id", id)));
        json.add("contacts", array(children(c, "contact", "organization_id", id)));
        json.add("organization_identifiers", array(children(c, "organization_identifier", "organization_id", id)));
        json.add("funding", array(children(c, "funding", "organization_id", id)));
        json.add("programs", array(children(c, "program", "organization_id", id)));
        List<JsonObject> attributes = new ArrayList<>();
        for (Map<String, String> a : rows(c, model.table("attribute"), "t.`link_id` = ?", List.of(id))) {
            attributes.add(attribute(c, a));
        }
        json.add("attributes", array(attributes));
        json.add("metadata", array(metadata(c, id)));
        if (full) {
            List<JsonObject> locations = new ArrayList<>();
            for (Map<String, String> l : rows(c, model.table("location"), "t.`organization_id` = ?", List.of(id))) {
                locations.add(location(c, l));
            }
            json.add("locations", array(locations));
            List<Map<String, String>> services = rows(c, model.table("service"), "t.`organization_id` = ?", List.of(id));
            Map<String, List<JsonObject>> details = serviceDetails(c, ids(services));
            List<JsonObject> servicesJson = new ArrayList<>();
            for (Map<String, String> s : services) {
                servicesJson.add(service(c, s, details));
            }
            json.add("services", array(servicesJson));
        }
        return json.build();
    }

    private List<JsonObject> metadata(Connection c, String resourceId) throws SQLException {
        List<JsonObject> entries = new ArrayList<>();
        for (Map<String, String> m : rows(c, model.table("metadata"), "t.`resource_id` = ?", List.of(resourceId))) {
            entries.add(fields("metadata", m).build());
        }
        return entries;
    }

    private List<JsonObject> children(Connection c, String table, String parentField, String parentId) throws SQLException {
        List<JsonObject> result = new ArrayList<>();
        for (Map<String, String> row : rows(c, model.table(table), "t.`" + parentField + "` = ?", List.of(parentId))) {
            result.add(fields(table, row).build());
        }
        return result;
    }

    private JsonObject simplePage(String table, String where, List<Object> params, int page, int perPage) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            long total = count(c, table, where, params);
            List<JsonObject> contents = page(c, model.table(table), where, params, page, perPage).stream()
                    .map(r -> fields(table, r).build()).toList();
            return pageOf(contents, total, page, perPage);
        }
    }

    private Optional<JsonObject> simpleOne(String table, String id) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            return rows(c, model.table(table), "t.`id` = ?", List.of(id)).stream()
                    .findFirst().map(r -> fields(table, r).build());
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

    private static List<String> ids(List<Map<String, String>> rows) {
        return rows.stream().map(r -> r.get("id")).toList();
    }

    private static long count(Connection c, String table, String where, List<Object> params) throws SQLException {
        try (PreparedStatement q = c.prepareStatement("SELECT COUNT(*) FROM `" + table + "` t WHERE " + where)) {
            bind(q, params);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static List<Map<String, String>> page(Connection c, HsdsTable table, String where, List<Object> params,
                                                  int page, int perPage) throws SQLException {
        List<Object> all = new ArrayList<>(params);
        all.add(perPage);
        all.add((long) (page - 1) * perPage);
        return DirectoryTables.select(c, table, where + " ORDER BY t.`id` LIMIT ? OFFSET ?", all);
    }

    private static List<Map<String, String>> rows(Connection c, HsdsTable table, String where, List<Object> params)
            throws SQLException {
        return DirectoryTables.select(c, table, where + " ORDER BY t.`id`", params);
    }

    static void bind(PreparedStatement q, List<Object> params) throws SQLException {
        for (int i = 0; i < params.size(); i++) {
            q.setObject(i + 1, params.get(i));
        }
    }
}
