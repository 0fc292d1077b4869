package org.familyportal.portal.interfaces.rest.hsds;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.familyportal.directory.application.api.HsdsApi;
import org.familyportal.shared.JsonBuilders;
import org.familyportal.directory.wiring.Directory;
import org.familyportal.directory.domain.search.IndexedService;
import org.familyportal.directory.domain.search.Place;
import org.familyportal.directory.domain.search.SearchQuery;
import org.familyportal.directory.domain.search.SearchResults;
import org.familyportal.directory.application.search.SiteSearch;
import org.familyportal.portal.interfaces.rest.ApiProblem;
import org.familyportal.portal.infrastructure.config.PublicAddress;
import org.familyportal.shared.Hashes;

import java.io.IOException;
import java.time.Instant;
import java.util.Set;
import java.sql.SQLException;
import java.util.Optional;

/**
 * The Open Referral HSDS 3.0 API of the directory, read-only, under {@code /api/hsds}. Lists are
 * paged ({@code page}, {@code per_page}); every answer carries an ETag, and a conditional GET with
 * a matching {@code If-None-Match} gets 304 Not Modified.
 */
@Path("hsds")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@Tag(name = "HSDS", description = "Open Referral HSDS 3.0 API of the service directory")
public class HsdsResource {

    private static final CacheControl CACHE = CacheControl.valueOf("public, max-age=60");

    private static final double PROXIMITY_KM = 50;

    @Inject
    Directory directory;

    @Inject
    SiteSearch search;

    @Context
    Request request;

    /** Absolute URLs come from the configured address, never from the request's Host header. */
    @Inject
    PublicAddress address;

    @GET
    @Operation(summary = "Which HSDS version this API speaks")
    public Response root() {
        return answer(JsonBuilders.object()
                .add("version", "3.0.0")
                .add("profile", "https://docs.openreferral.org/en/v3.0/hsds/")
                .add("openapi_url", address.resolve("/openapi"))
                .build());
    }

    @GET
    @Path("services")
    @Operation(summary = "Services, paged; filters taxonomy_term_id, organization_id, modified_after;"
            + " search: words, answered by the portal's search engine in its ranking")
    public Response services(@QueryParam("page") String page, @QueryParam("per_page") String perPage,
                             @QueryParam("taxonomy_term_id") String term, @QueryParam("organization_id") String org,
                             @QueryParam("modified_after") String modifiedAfter, @QueryParam("search") String words)
            throws SQLException, IOException {
        if (words != null && !words.isBlank()) {
            int pageNumber = HsdsParameters.page(page);
            int size = HsdsParameters.perPage(perPage);
            SearchResults found = search.searchEachListing(new SearchQuery(words, null, null, null, Set.of(), Set.of(), Set.of(),
                    Set.of(), Set.of(), null, false, false, Instant.now(), (pageNumber - 1) * size, size));
            return answer(directory.api().servicesInOrder(found.hits().stream().map(SearchResults.Hit::id).toList(),
                    found.total(), pageNumber, size));
        }
        HsdsApi.ServiceFilter filter = new HsdsApi.ServiceFilter(HsdsParameters.uuid("taxonomy_term_id", term),
                HsdsParameters.uuid("organization_id", org), HsdsParameters.dateTime("modified_after", modifiedAfter));
        return answer(directory.api().services(filter, HsdsParameters.page(page), HsdsParameters.perPage(perPage)));
    }

    @GET
    @Path("services/{id}")
    @Operation(summary = "One service with its organisation, locations, schedules and phones")
    public Response service(@PathParam("id") String id) throws SQLException {
        return answer(found(directory.api().service(HsdsParameters.id(id))));
    }

    @GET
    @Path("organizations")
    @Operation(summary = "Organisations, paged")
    public Response organizations(@QueryParam("page") String page, @QueryParam("per_page") String perPage)
            throws SQLException {
        return answer(directory.api().organizations(HsdsParameters.page(page), HsdsParameters.perPage(perPage)));
    }

    @GET
    @Path("organizations/{id}")
    @Operation(summary = "One organisation with its services and locations")
    public Response organization(@PathParam("id") String id) throws SQLException {
        return answer(found(directory.api().organization(HsdsParameters.id(id))));
    }

    @GET
    @Path("taxonomies")
    @Operation(summary = "Taxonomies, paged")
    public Response taxonomies(@QueryParam("page") String page, @QueryParam("per_page") String perPage)
            throws SQLException {
        return answer(directory.api().taxonomies(HsdsParameters.page(page), HsdsParameters.perPage(perPage)));
    }

    @GET
    @Path("taxonomies/{id}")
    @Operation(summary = "One taxonomy")
    public Response taxonomy(@PathParam("id") String id) throws SQLException {
        return answer(found(directory.api().taxonomy(HsdsParameters.id(id))));
    }

    @GET
    @Path("taxonomy_terms")
    @Operation(summary = "Taxonomy terms, paged; filter taxonomy_id")
    public Response taxonomyTerms(@QueryParam("page") String page, @QueryParam("per_page") String perPage,
                                  @QueryParam("taxonomy_id") String taxonomy) throws SQLException {
        return answer(directory.api().taxonomyTerms(HsdsParameters.uuid("taxonomy_id", taxonomy),
                HsdsParameters.page(page), HsdsParameters.perPage(perPage)));
    }

    @GET
    @Path("taxonomy_terms/{id}")
    @Operation(summary = "One taxonomy term")
    public Response taxonomyTerm(@PathParam("id") String id) throws SQLException {
        return answer(found(directory.api().taxonomyTerm(HsdsParameters.id(id))));
    }

    @GET
    @Path("service_at_locations")
    @Operation(summary = "Services at their locations, paged; filters taxonomy_term_id, organization_id,"
            + " postcode (the address's postal code; never a confidential location);"
            + " or proximity=lat,lon (nearest first, within 50 km or reachable from anywhere)")
    public Response serviceAtLocations(@QueryParam("page") String page, @QueryParam("per_page") String perPage,
                                       @QueryParam("taxonomy_term_id") String term,
                                       @QueryParam("organization_id") String org,
                                       @QueryParam("postcode") String postcode,
                                       @QueryParam("proximity") String proximity) throws SQLException, IOException {
        String postalCode = HsdsParameters.postcode("postcode", postcode);
        if (proximity != null && !proximity.isBlank()) {
            if (postalCode != null) {
                throw new ApiProblem(Response.Status.BAD_REQUEST, "api.error.combination", "proximity", "postcode");
            }
            IndexedService.Point point = HsdsParameters.point("proximity", proximity);
            int pageNumber = HsdsParameters.page(page);
            int size = HsdsParameters.perPage(perPage);
            String municipality = search.nearest(point).map(Place::municipalityCode).orElse(null);
            SearchResults found = search.searchEachListing(new SearchQuery("", point, municipality, PROXIMITY_KM, Set.of(), Set.of(),
                    Set.of(), Set.of(), Set.of(), null, false, true, Instant.now(), (pageNumber - 1) * size, size));
            return answer(directory.api().serviceAtLocationsOf(found.hits().stream().map(SearchResults.Hit::id).toList(),
                    found.total(), pageNumber, size));
        }
        HsdsApi.ServiceFilter filter = new HsdsApi.ServiceFilter(HsdsParameters.uuid("taxonomy_term_id", term),
                HsdsParameters.uuid("organization_id", org), null);
        return answer(directory.api().serviceAtLocations(filter, postalCode, HsdsParameters.page(page),
                HsdsParameters.perPage(perPage)));
    }

    @GET
    @Path("service_at_locations/{id}")
    @Operation(summary = "One service at one location")
    public Response serviceAtLocation(@PathParam("id") String id) throws SQLException {
        return answer(found(directory.api().serviceAtLocation(HsdsParameters.id(id))));
    }

    private static JsonObject found(Optional<JsonObject> document) {
        return document.orElseThrow(() -> new ApiProblem(Response.Status.NOT_FOUND, "api.error.notFound"));
    }

    /** The document with its ETag, or 304 when the caller already has this version. */
    private Response answer(JsonObject document) {
        String body = document.toString();
        EntityTag tag = new EntityTag(Hashes.sha256Hex(body));
        Response.ResponseBuilder unchanged = request.evaluatePreconditions(tag);
        if (unchanged != null) {
            return unchanged.cacheControl(CACHE).tag(tag).build();
        }
        return Response.ok(body).tag(tag).cacheControl(CACHE).build();
    }

}
