package org.familyportal.portal.interfaces.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.familyportal.shared.JsonBuilders;
import org.familyportal.portal.application.contact.PortalContacts;

/** The emergency and hotline numbers, for apps and widgets that show them next to their own content. */
@Path("contacts")
@RequestScoped
public class ContactsResource {

    @Inject
    PortalContacts contacts;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Emergency number and the family hotline of this region")
    public JsonObject contacts() {
        return JsonBuilders.object()
                .add("emergency", contacts.getEmergencyNumber())
                .add("hotline", contacts.getHotlineNumber())
                .build();
    }
}
