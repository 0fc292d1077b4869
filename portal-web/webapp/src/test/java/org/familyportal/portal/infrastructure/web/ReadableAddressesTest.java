package org.familyportal.portal.infrastructure.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.familyportal.portal.infrastructure.web.ReadableAddresses.Route;
import org.familyportal.portal.infrastructure.web.ReadableAddresses.Route.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which view a readable address shows, and where an old address has moved. */
class ReadableAddressesTest {

    @Test
    void aReadableAddressShowsItsView() {
        assertEquals(new Route(Kind.SHOW, "/article.xhtml?slug=kak-oformit-edinoe-posobie"),
                ReadableAddresses.route("/articles/kak-oformit-edinoe-posobie"));
        assertEquals(new Route(Kind.SHOW, "/measure.xhtml?code=maternity-capital"),
                ReadableAddresses.route("/measures/maternity-capital"));
        assertEquals(new Route(Kind.SHOW, "/articles.xhtml"), ReadableAddresses.route("/articles"));
        assertEquals(new Route(Kind.SHOW, "/measures.xhtml"), ReadableAddresses.route("/measures"));
        assertEquals(new Route(Kind.SHOW, "/search.xhtml"), ReadableAddresses.route("/search"));
        assertEquals(new Route(Kind.SHOW, "/screener.xhtml"), ReadableAddresses.route("/screener"));
        assertEquals(new Route(Kind.MOVED, "/screener"), ReadableAddresses.route("/screener/"));
        assertEquals(new Route(Kind.MOVED, "/articles"), ReadableAddresses.route("/articles/"));
    }

    @Test
    void theAddressesThePortalWritesAreTheOnesItServes() {
        assertEquals("/articles/semeynaya-ipoteka", ReadableAddresses.article("semeynaya-ipoteka"));
        assertEquals("/measures/unified-allowance", ReadableAddresses.measure("unified-allowance"));
        assertEquals(Kind.SHOW, ReadableAddresses.route(ReadableAddresses.article("semeynaya-ipoteka")).kind());
        assertEquals(Kind.SHOW, ReadableAddresses.route(ReadableAddresses.measure("unified-allowance")).kind());
    }

    /** Paths as the edge decodes them: what no slug or code can be is "not found" before any page renders. */
    @ParameterizedTest
    @ValueSource(strings = {"/articles/Kak", "/articles/kak--oformit", "/articles/-kak", "/articles/kak_oformit",
            "/articles/kak oformit", "/articles/как", "/articles/kak/oformit", "/articles/kak/", "/articles/kak.xhtml",
            "/articles/..", "/measures/<script>", "/measures/a'b", "/measures/code/extra", "/search/anything", "/screener/step"})
    void aNameThatCannotExistIsNotFound(String path) {
        assertEquals(Kind.NOT_FOUND, ReadableAddresses.route(path).kind(), path);
    }

    @Test
    void overlongNamesAreNotFound() {
        assertEquals(Kind.SHOW, ReadableAddresses.route("/articles/" + "a".repeat(100)).kind());
        assertEquals(Kind.NOT_FOUND, ReadableAddresses.route("/articles/" + "a".repeat(101)).kind());
        assertEquals(Kind.SHOW, ReadableAddresses.route("/measures/" + "a".repeat(60)).kind());
        assertEquals(Kind.NOT_FOUND, ReadableAddresses.route("/measures/" + "a".repeat(61)).kind());
        assertEquals(Kind.NOT_FOUND, ReadableAddresses.route("/articles/" + "a-".repeat(5000) + "a").kind());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/article.xhtml", "/articles.xhtml", "/articlesx", "/find-help.xhtml",
            "/editorial/articles.xhtml", "/editorial/article", "/images/1-abc-960.png", "/news.atom"})
    void otherPathsAreNotOurs(String path) {
        assertEquals(Kind.NOT_OURS, ReadableAddresses.route(path).kind(), path);
    }

    @Test
    void anOldAddressMovesWithTheParametersThatMatter() {
        assertEquals(Optional.of("/articles/kak-oformit?place=%D0%98%D1%80%D0%BA%D1%83%D1%82%D1%81%D0%BA&lang=en"),
                ReadableAddresses.readable("/article.xhtml",
                        "slug=kak-oformit&place=%D0%98%D1%80%D0%BA%D1%83%D1%82%D1%81%D0%BA&lang=en"));
        assertEquals(Optional.of("/articles/kak-oformit?lang=en"),
                ReadableAddresses.readable("/article.xhtml", "lang=en&slug=kak-oformit&slug=other&"));
        assertEquals(Optional.of("/measures/maternity-capital"),
                ReadableAddresses.readable("/measure.xhtml", "code=maternity-capital"));
        assertEquals(Optional.of("/measures/maternity-capital?lang=ru"),
                ReadableAddresses.readable("/measure.xhtml", "code=maternity%2Dcapital&lang=ru"));
        assertEquals(Optional.of("/articles?kind=guide&page=2"), ReadableAddresses.readable("/articles.xhtml", "kind=guide&page=2"));
        assertEquals(Optional.of("/measures"), ReadableAddresses.readable("/measures.xhtml", null));
        assertEquals(Optional.of("/search?tab=articles&q=%D0%BF"), ReadableAddresses.readable("/search.xhtml", "tab=articles&q=%D0%BF"));
        assertEquals(Optional.of("/screener?lang=en"), ReadableAddresses.readable("/screener.xhtml", "lang=en"));
    }

    @Test
    void anOldAddressWithoutAPossibleNameStaysForItsPageToAnswerNotFound() {
        assertTrue(ReadableAddresses.readable("/article.xhtml", null).isEmpty());
        assertTrue(ReadableAddresses.readable("/article.xhtml", "place=x").isEmpty());
        assertTrue(ReadableAddresses.readable("/article.xhtml", "slug=").isEmpty());
        assertTrue(ReadableAddresses.readable("/article.xhtml", "slug=%2F..%2Fadmin").isEmpty());
        assertTrue(ReadableAddresses.readable("/article.xhtml", "slug=%E0%A4%A").isEmpty(), "undecodable");
        assertTrue(ReadableAddresses.readable("/article.xhtml", "slug=" + "a".repeat(101)).isEmpty());
        assertTrue(ReadableAddresses.readable("/measure.xhtml", "code=%3Cscript%3E").isEmpty());
        assertTrue(ReadableAddresses.readable("/find-help.xhtml", "q=x").isEmpty());
        assertTrue(ReadableAddresses.readable("/editorial/article.xhtml", "slug=x").isEmpty());
    }
}
