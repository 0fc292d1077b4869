package org.familyportal.content.infrastructure.measure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.familyportal.content.domain.measure.MeasureChange;
import org.familyportal.content.domain.measure.MeasureRepository;
import org.familyportal.content.domain.measure.SupportMeasure;

import java.util.List;
import java.util.Optional;

/** {@link MeasureRepository} on the {@code support_measure*} tables. */
@ApplicationScoped
public class JpaMeasureRepository implements MeasureRepository {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Override
    public Optional<SupportMeasure> find(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(em.find(SupportMeasure.class, code));
    }

    @Override
    public List<SupportMeasure> all() {
        return em.createNamedQuery("SupportMeasure.all", SupportMeasure.class).getResultList();
    }

    @Override
    public List<SupportMeasure> published() {
        return em.createNamedQuery("SupportMeasure.published", SupportMeasure.class).getResultList();
    }

    @Override
    public List<String> publishedCodes() {
        return em.createNamedQuery("SupportMeasure.publishedCodes", String.class).getResultList();
    }

    @Override
    public void add(SupportMeasure measure) {
        em.persist(measure);
    }

    @Override
    public void log(MeasureChange change) {
        em.persist(change);
    }

    @Override
    public List<MeasureChange> changes(String code, int max) {
        return em.createNamedQuery("MeasureChange.of", MeasureChange.class).setParameter("code", code)
                .setMaxResults(max).getResultList();
    }
}
