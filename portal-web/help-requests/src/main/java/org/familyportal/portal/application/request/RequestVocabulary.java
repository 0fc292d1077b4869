package org.familyportal.portal.application.request;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The words requests are described with: topics (the directory's kinds of help) and regions. */
@ApplicationScoped
public class RequestVocabulary {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    public record Region(String code, String nameRu, String nameEn) {
    }

    /** The codes of the family-support taxonomy, in the directory's order. */
    public List<String> topics() {
        List<?> rows = em.createNativeQuery("SELECT code FROM taxonomy_term WHERE taxonomy = 'family-support'"
                + " AND code IS NOT NULL ORDER BY name").getResultList();
        return rows.stream().map(String::valueOf).toList();
    }

    public boolean isTopic(String code) {
        return topics().contains(code);
    }

    public Map<String, Region> regions() {
        List<?> rows = em.createNativeQuery("SELECT code, name_ru, name_en FROM region ORDER BY name_ru").getResultList();
        Map<String, Region> regions = new LinkedHashMap<>();
        rows.stream().map(r -> (Object[]) r).forEach(r -> regions.put((String) r[0],
                new Region((String) r[0], (String) r[1], (String) r[2])));
        return regions;
    }
}
