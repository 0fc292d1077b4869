package org.familyportal.portal.interfaces.web.directory;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import org.familyportal.directory.application.search.SiteSearch;
import org.familyportal.directory.domain.search.IndexedService;
import org.familyportal.portal.application.request.RequestVocabulary;
import org.omnifaces.util.Faces;

import java.sql.SQLException;
import java.util.Optional;

/**
 * "Ask for help about this" from a service page: the request form opens with the service named in
 * the description and its kind of help ticked ({@code ?service=<id>&topic=<code>}). Only a service
 * the public directory shows and a topic of the form's own list are taken; anything else is ignored,
 * and the form is as usual.
 */
@RequestScoped
public class AskAboutService {

    /** What the form starts with. */
    public record Prefill(String description, Optional<String> topic) {
    }

    @Inject
    HttpServletRequest request;

    @Inject
    SiteSearch search;

    @Inject
    RequestVocabulary vocabulary;

    /** The prefill the request's parameters ask for; empty without a known service. */
    public Optional<Prefill> prefill() {
        String id = request.getParameter("service");
        if (id == null || !id.matches("[0-9a-fA-F-]{36}")) {
            return Optional.empty();
        }
        Optional<IndexedService> service;
        try {
            service = search.service(id.toLowerCase());
        } catch (SQLException e) {
            return Optional.empty(); // The form works without the prefill.
        }
        return service.map(s -> {
            String topic = request.getParameter("topic");
            Optional<String> known = topic != null && s.categories().contains(topic) && vocabulary.isTopic(topic)
                    ? Optional.of(topic) : Optional.empty();
            return new Prefill(Faces.getBundleString("ask.aboutService", s.name(),
                    s.organization() == null ? "" : s.organization()), known);
        });
    }
}
