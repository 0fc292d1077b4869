package org.familyportal.portal.interfaces.web.content.article;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.IOException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * {@code /sitemap.xml} (sitemaps.org 0.9): the public pages and what every {@link SitemapSource}
 * lists (published articles, support measures...), at most {@link #MAX} addresses.
 */
@WebServlet(urlPatterns = "/sitemap.xml")
public class SitemapServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    static final int MAX = 50_000;

    @Inject
    Instance<SitemapSource> sources;

    @Inject
    ArticleLinks links;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String site = links.site();
        response.setContentType("application/xml;charset=UTF-8");
        response.setHeader("Cache-Control", "public, max-age=3600");
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(response.getWriter());
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("urlset");
            xml.writeDefaultNamespace("http://www.sitemaps.org/schemas/sitemap/0.9");
            int written = 0;
            for (SitemapSource source : sources) {
                for (SitemapSource.Entry entry : source.entries()) {
                    if (written++ >= MAX) {
                        break;
                    }
                    xml.writeStartElement("url");
                    xml.writeStartElement("loc");
                    xml.writeCharacters(site + entry.path());
                    xml.writeEndElement();
                    if (entry.modified() != null) {
                        xml.writeStartElement("lastmod");
                        xml.writeCharacters(DateTimeFormatter.ISO_LOCAL_DATE.format(entry.modified().atOffset(ZoneOffset.UTC)));
                        xml.writeEndElement();
                    }
                    xml.writeEndElement();
                }
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.flush();
        } catch (XMLStreamException e) {
            throw new IOException("The sitemap could not be written", e);
        }
    }
}
