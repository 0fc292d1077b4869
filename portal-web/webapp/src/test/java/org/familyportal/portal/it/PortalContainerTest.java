package org.familyportal.portal.it;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.extension.ExtendWith;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A test against the real portal on Payara Micro and real MariaDB. All such classes share one
 * deployment ({@link PortalDeployment}); the database is prepared before Arquillian starts.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(PrepareTestDatabase.class)
@ExtendWith(ArquillianExtension.class)
public @interface PortalContainerTest {
}
