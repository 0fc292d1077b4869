package org.familyportal.portal.interfaces.web.content.article;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.familyportal.content.domain.article.Article;
import org.familyportal.content.domain.article.ArticleImage;
import org.familyportal.portal.infrastructure.config.PublicAddress;
import org.familyportal.portal.infrastructure.web.ReadableAddresses;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Addresses and dates of articles as every page, the feed and the sitemap write them: the page of an
 * article, the image of a width, the site's absolute address ({@code portal.public-url}), and the
 * publishing date.
 */
@Named
@ApplicationScoped
public class ArticleLinks {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    @Inject
    @ConfigProperty(name = "portal.display.time-zone", defaultValue = "Europe/Moscow")
    String zone;

    @Inject
    PublicAddress address;

    /** The site's address as the operator configured it (never the request's Host), without the final slash. */
    public String site() {
        return address.url();
    }

    /** The page of an article, relative to the site ({@code /articles/<slug>}). */
    public String page(Article article) {
        return ReadableAddresses.article(URLEncoder.encode(article.getSlug(), StandardCharsets.UTF_8));
    }

    /** An image at the width nearest below {@code wanted}, relative to the site. */
    public String image(ArticleImage image, int wanted) {
        return "/images/" + image.fileName(image.widthFor(wanted));
    }

    /** The day an article became public, in the portal's display zone. */
    public String date(Instant instant) {
        return instant == null ? "" : DATE.format(LocalDate.ofInstant(instant, ZoneId.of(zone)));
    }

    /** A moment typed in the portal's display zone (the editor's "publish from"). */
    public Instant instant(java.time.LocalDateTime local) {
        return local.atZone(ZoneId.of(zone)).toInstant();
    }

    /** The same day as ISO (for {@code <time datetime>}). */
    public String isoDate(Instant instant) {
        return instant == null ? "" : LocalDate.ofInstant(instant, ZoneId.of(zone)).toString();
    }
}
