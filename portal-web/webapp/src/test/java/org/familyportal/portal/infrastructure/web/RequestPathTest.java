package org.familyportal.portal.infrastructure.web;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RequestPathTest {

    @ParameterizedTest
    @CsvSource({
            "/admin/users.xhtml, , /admin/users.xhtml",
            "/%61dmin/users.xhtml, , /admin/users.xhtml",
            "/, , /",
            "'', '', /",
            "/portal-web/admin/, /portal-web, /admin/",
            "/portal-web, /portal-web, /",
            "/find-help.xhtml, , /find-help.xhtml",
            "/%D0%BF%D0%BE%D0%BC%D0%BE%D1%89%D1%8C, , /помощь",
    })
    void aCanonicalPathIsDecoded(String raw, String context, String path) {
        assertEquals(Optional.of(path), RequestPath.canonical(raw, context == null ? "" : context));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/admin/users.xhtml/.", "/admin/users.xhtml/..", "/admin/../ask-for-help.xhtml",
            "/./admin/users.xhtml", "/admin/%2e%2e/ask-for-help.xhtml", "/admin/%2E/users.xhtml",
            "//admin/users.xhtml", "/admin//users.xhtml", "/admin/users.xhtml;jsessionid=x",
            "/admin%2fusers.xhtml", "/admin%5cusers.xhtml", "/admin\\users.xhtml", "/a%00b", "/a%", "/a%zz",
            "/%C0%AE%C0%AE/", "/%25", "admin"})
    void anythingElseIsRefused(String raw) {
        assertEquals(Optional.empty(), RequestPath.canonical(raw, ""), raw);
    }
}
