package org.familyportal.portal.infrastructure.web;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import jakarta.inject.Inject;
import org.familyportal.portal.infrastructure.config.PublicAddress;

/**
 * The session cookie is {@code Secure} when the portal is served over HTTPS ({@link PublicAddress}):
 * the container alone cannot tell when a proxy in front ends TLS. ({@code HttpOnly} comes from
 * web.xml, {@code SameSite=Lax} from glassfish-web.xml: Payara does not emit web.xml's cookie attributes.)
 */
@WebListener
public class SessionCookies implements ServletContextListener {

    @Inject
    PublicAddress address;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        event.getServletContext().getSessionCookieConfig().setSecure(address.secureCookies());
    }
}
