package org.familyportal.portal.interfaces.web.content.article;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.familyportal.content.application.article.ArticleReading;
import org.familyportal.content.domain.article.Article;
import org.familyportal.portal.infrastructure.web.ReadableAddresses;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.ResourceBundle;

/**
 * The portal's news as an Atom feed ({@code /news.atom}, RFC 4287): the latest published news,
 * written with an XML writer so every title and summary is escaped.
 */
@WebServlet(urlPatterns = "/news.atom")
public class NewsFeedServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final String ATOM = "http://www.w3.org/2005/Atom";

    @Inject
    ArticleReading reading;

    @Inject
    ArticleLinks links;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        List<Article> news = reading.news();
        String site = links.site();
        ResourceBundle bundle = ResourceBundle.getBundle("i18n.messages", java.util.Locale.forLanguageTag("ru"));
        response.setContentType("application/atom+xml;charset=UTF-8");
        response.setHeader("Cache-Control", "public, max-age=600");
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(response.getWriter());
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("feed");
            xml.writeDefaultNamespace(ATOM);
            xml.writeAttribute("xml:lang", "ru");
            text(xml, "title", bundle.getString("portal.name") + " · " + bundle.getString("articles.feed.title"));
            text(xml, "id", site + "/news.atom");
            link(xml, "self", site + "/news.atom", "application/atom+xml");
            link(xml, "alternate", site + ReadableAddresses.ARTICLES + "?kind=news", "text/html");
            Instant updated = news.stream().map(Article::getUpdatedAt).max(Instant::compareTo).orElse(reading.now());
            text(xml, "updated", DateTimeFormatter.ISO_INSTANT.format(updated));
            xml.writeStartElement("author");
            text(xml, "name", bundle.getString("portal.name"));
            xml.writeEndElement();
            for (Article article : news) {
                xml.writeStartElement("entry");
                text(xml, "title", article.getTitle());
                String url = site + links.page(article);
                text(xml, "id", url);
                link(xml, "alternate", url, "text/html");
                text(xml, "published", DateTimeFormatter.ISO_INSTANT.format(article.getPublishAt()));
                Instant changed = article.getUpdatedAt().isAfter(article.getPublishAt()) ? article.getUpdatedAt() : article.getPublishAt();
                text(xml, "updated", DateTimeFormatter.ISO_INSTANT.format(changed));
                text(xml, "summary", article.getSummary());
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.flush();
        } catch (XMLStreamException e) {
            throw new IOException("The feed could not be written", e);
        }
    }

    private static void text(XMLStreamWriter xml, String element, String text) throws XMLStreamException {
        xml.writeStartElement(element);
        xml.writeCharacters(text == null ? "" : text);
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String rel, String href, String type) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("href", href);
        xml.writeAttribute("type", type);
    }
}
