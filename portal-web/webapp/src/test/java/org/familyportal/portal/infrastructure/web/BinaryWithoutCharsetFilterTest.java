package org.familyportal.portal.infrastructure.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Which media types are sent without the pages' charset. */
class BinaryWithoutCharsetFilterTest {

    @Test
    void imagesFontsAndArchivesAreBytes() {
        assertTrue(BinaryWithoutCharsetFilter.binary("image/png"));
        assertTrue(BinaryWithoutCharsetFilter.binary("IMAGE/JPEG"));
        assertTrue(BinaryWithoutCharsetFilter.binary("image/webp; q=1"));
        assertTrue(BinaryWithoutCharsetFilter.binary("font/woff2"));
        assertTrue(BinaryWithoutCharsetFilter.binary("application/zip"));
        assertTrue(BinaryWithoutCharsetFilter.binary("application/octet-stream"));
    }

    @Test
    void textKeepsItsCharset() {
        assertFalse(BinaryWithoutCharsetFilter.binary("image/svg+xml"), "SVG is XML");
        assertFalse(BinaryWithoutCharsetFilter.binary("text/html;charset=UTF-8"));
        assertFalse(BinaryWithoutCharsetFilter.binary("text/css"));
        assertFalse(BinaryWithoutCharsetFilter.binary("application/json"));
        assertFalse(BinaryWithoutCharsetFilter.binary("application/atom+xml"));
        assertFalse(BinaryWithoutCharsetFilter.binary("text/csv"));
        assertFalse(BinaryWithoutCharsetFilter.binary(null));
    }
}
