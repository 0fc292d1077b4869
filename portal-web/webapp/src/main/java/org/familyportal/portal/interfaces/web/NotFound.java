package org.familyportal.portal.interfaces.web;

import jakarta.faces.context.FacesContext;

import java.io.IOException;

/** Ends the current page with the portal's 404 page (an unknown or withdrawn record). */
public final class NotFound {

    private NotFound() {
    }

    public static void answer() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().responseSendError(404, null);
        faces.responseComplete();
    }
}
