package org.familyportal.portal.interfaces.web.provider;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;
import org.familyportal.portal.infrastructure.web.PublicRequestLimits;
import org.familyportal.portal.infrastructure.web.SubmissionLimits;

import java.time.Clock;

/**
 * How often one client address may sign up, and claim or propose organisations, a minute (on top of
 * the site's limit of anonymous submissions, which signed-in members are not under).
 */
@ApplicationScoped
public class ClientLimits {

    static final int SIGN_UPS_PER_MINUTE = 3;
    static final int CLAIMS_PER_MINUTE = 5;

    private final SubmissionLimits signUps = new SubmissionLimits(SIGN_UPS_PER_MINUTE, Clock.systemUTC());
    private final SubmissionLimits claims = new SubmissionLimits(CLAIMS_PER_MINUTE, Clock.systemUTC());

    boolean signUp(FacesContext faces) {
        return signUps.tryPass(client(faces));
    }

    boolean claim(FacesContext faces) {
        return claims.tryPass(client(faces));
    }

    private static String client(FacesContext faces) {
        HttpServletRequest request = (HttpServletRequest) faces.getExternalContext().getRequest();
        Object client = request.getAttribute(PublicRequestLimits.CLIENT_ADDRESS);
        return client == null ? request.getRemoteAddr() : client.toString();
    }
}
