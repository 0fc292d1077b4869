package org.familyportal.portal.application.request;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.familyportal.portal.domain.centre.ResourceCentreRepository;
import org.familyportal.portal.domain.request.TopicRepository;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The words requests are described with: topics (the directory's kinds of help) and regions. */
@ApplicationScoped
public class RequestVocabulary {

    @Inject
    TopicRepository topics;

    @Inject
    ResourceCentreRepository centres;

    public record Region(String code, String nameRu, String nameEn) {
    }

    /** The codes of the family-support taxonomy, in the directory's order. */
    public List<String> topics() {
        return topics.codes();
    }

    public boolean isTopic(String code) {
        return topics().contains(code);
    }

    public Map<String, Region> regions() {
        Map<String, Region> regions = new LinkedHashMap<>();
        centres.regions().forEach(r -> regions.put(r.code(), new Region(r.code(), r.nameRu(), r.nameEn())));
        return regions;
    }
}
