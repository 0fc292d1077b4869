package org.familyportal.portal.it;

import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.URL;
import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Staff areas answer an anonymous visitor exactly like a page that does not exist. */
@PortalContainerTest
class RestrictedAreasIT {

    @ArquillianResource
    URL portal;

    @ParameterizedTest
    @ValueSource(strings = {"/admin/users.xhtml", "/admin/", "/account/", "/account/index.xhtml",
            "/%61dmin/users.xhtml", "/ADMIN/users.xhtml", "/admin/users.xhtml;jsessionid=x", "/hotline/",
            "/centre/", "/moderation/", "/editorial/", "/organisation/"})
    void anonymousVisitorGetsNotFound(String path) {
        HttpResponse<String> answer = new PortalClient(portal).get(path);
        assertEquals(404, answer.statusCode(), path);
        assertTrue(answer.body().contains("Страница не найдена"), path);
    }
}
