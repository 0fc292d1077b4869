package org.familyportal.portal.infrastructure.persistence.request;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.familyportal.portal.domain.request.TopicRepository;

import java.util.List;

/** {@link TopicRepository} on the directory's {@code taxonomy_term} (query named in {@code META-INF/help-requests-orm.xml}). */
@ApplicationScoped
public class JpaTopicRepository implements TopicRepository {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Override
    public List<String> codes() {
        List<?> rows = em.createNamedQuery("Topic.codes").getResultList();
        return rows.stream().map(String::valueOf).toList();
    }
}
