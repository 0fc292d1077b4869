package org.familyportal.portal.it;

import org.eu.ingwar.tools.arquillian.extension.suite.annotations.ArquillianSuiteDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.File;

/**
 * The one deployment of the container test suite: the WAR exactly as Maven built it, tested from
 * the outside over HTTP (and in a browser) like a visitor would use it.
 */
@ArquillianSuiteDeployment
public final class PortalDeployment {

    private PortalDeployment() {
    }

    @Deployment(testable = false)
    public static WebArchive portal() {
        File war = new File(System.getProperty("portal.war", "target/portal-web.war"));
        if (!war.isFile()) {
            throw new IllegalStateException("Build the WAR first (mvn verify): " + war.getAbsolutePath());
        }
        return ShrinkWrap.createFromZipFile(WebArchive.class, war);
    }
}
