package org.familyportal.portal.interfaces.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/**
 * The portal's REST API under {@code /api}. Its OpenAPI document is served at {@code /openapi}.
 */
@ApplicationPath("api")
@OpenAPIDefinition(info = @Info(title = "Family Portal API", version = "1",
        description = "API of the family resource portal: contacts, the service directory (Open Referral"
                + " HSDS 3.0) and its search, read-only and public; and the telephony endpoint that logs"
                + " hotline calls as help requests, with an API token. Searches (/api/search, and search= or"
                + " proximity= of the HSDS API) answer results up to 10,000 deep (page × page size); a deeper"
                + " page is a 400. Errors are application/problem+json in Russian or English (Accept-Language;"
                + " an unreadable header is ignored)."))
public class PortalApi extends Application {
}
