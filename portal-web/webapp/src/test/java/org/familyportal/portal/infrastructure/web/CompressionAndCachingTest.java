package org.familyportal.portal.infrastructure.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Which answers are compressed and which are kept a year by browsers. */
class CompressionAndCachingTest {

    @Test
    void gzipIsUsedWhenTheBrowserTakesIt() {
        assertTrue(CompressionFilter.accepts("gzip, deflate, br"));
        assertTrue(CompressionFilter.accepts("br;q=1.0, gzip;q=0.8"));
        assertTrue(CompressionFilter.accepts("x-gzip"));
        assertFalse(CompressionFilter.accepts("gzip;q=0"));
        assertFalse(CompressionFilter.accepts("identity"));
        assertFalse(CompressionFilter.accepts("br"));
        assertFalse(CompressionFilter.accepts(null));
        assertFalse(CompressionFilter.accepts("gzip;q=nonsense"));
    }

    @Test
    void onlyTextIsCompressed() {
        assertTrue(CompressionFilter.compressible("text/html;charset=UTF-8"));
        assertTrue(CompressionFilter.compressible("text/css"));
        assertTrue(CompressionFilter.compressible("application/javascript;charset=UTF-8"));
        assertTrue(CompressionFilter.compressible("application/problem+json"));
        assertFalse(CompressionFilter.compressible("image/png"));
        assertFalse(CompressionFilter.compressible("application/zip"));
        assertFalse(CompressionFilter.compressible(null));
    }

    @Test
    void versionedResourcesAreKeptAYearAndPagesAreNot() {
        assertTrue(CachingFilter.versioned("/jakarta.faces.resource/css/portal.css.xhtml", "v=7bfcea7c82cf"));
        assertTrue(CachingFilter.versioned("/jakarta.faces.resource/core.js.xhtml", "ln=primefaces&v=15.0.13"));
        assertTrue(CachingFilter.versioned("/webjars/leaflet/1.9.4/dist/leaflet.js", null));
        assertFalse(CachingFilter.versioned("/jakarta.faces.resource/css/portal.css.xhtml", null));
        assertFalse(CachingFilter.versioned("/jakarta.faces.resource/css/portal.css.xhtml", "v="));
        assertFalse(CachingFilter.versioned("/jakarta.faces.resource/css/portal.css.xhtml", "ln=x&version=2"));
        assertFalse(CachingFilter.versioned("/find-help.xhtml", "v=1"));

        assertTrue(CachingFilter.page("/"));
        assertTrue(CachingFilter.page("/find-help.xhtml"));
        assertFalse(CachingFilter.page("/jakarta.faces.resource/css/portal.css.xhtml"));
        assertFalse(CachingFilter.page("/api/search"));
        assertTrue(CachingFilter.page("/articles/kak-oformit-edinoe-posobie-na-detey"), "a readable address is a page");
        assertTrue(CachingFilter.page("/measures"));
        assertFalse(CachingFilter.page("/images/1-abcdef012345-960.png"));
        assertTrue(CachingFilter.PERSONAL.contains("/ask-for-help.xhtml"));
    }
}
