package org.familyportal.content.infrastructure.screener;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.familyportal.content.domain.screener.MeasureRules;
import org.familyportal.content.domain.screener.ParameterValue;
import org.familyportal.content.domain.screener.ScreenerRepository;
import org.familyportal.content.domain.screener.TestHouseholdEntry;
import org.familyportal.content.domain.screener.ZoneEntry;

import java.util.List;
import java.util.Optional;

/** The screener's repository on the portal's persistence unit, with the entities' named queries. */
@ApplicationScoped
public class JpaScreenerRepository implements ScreenerRepository {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Override
    public List<MeasureRules> rules() {
        return em.createNamedQuery("MeasureRules.all", MeasureRules.class).getResultList();
    }

    @Override
    public Optional<MeasureRules> rule(String code) {
        return Optional.ofNullable(em.find(MeasureRules.class, code));
    }

    @Override
    public List<ParameterValue> parameters() {
        return em.createNamedQuery("ParameterValue.all", ParameterValue.class).getResultList();
    }

    @Override
    public Optional<ParameterValue> parameter(long id) {
        return Optional.ofNullable(em.find(ParameterValue.class, id));
    }

    @Override
    public List<ZoneEntry> zones() {
        return em.createNamedQuery("ZoneEntry.all", ZoneEntry.class).getResultList();
    }

    @Override
    public List<TestHouseholdEntry> households() {
        return em.createNamedQuery("TestHouseholdEntry.all", TestHouseholdEntry.class).getResultList();
    }

    @Override
    public Optional<TestHouseholdEntry> household(long id) {
        return Optional.ofNullable(em.find(TestHouseholdEntry.class, id));
    }

    @Override
    public void add(Object entry) {
        em.persist(entry);
    }

    @Override
    public void remove(TestHouseholdEntry household) {
        em.remove(household);
    }

    @Override
    public void remove(ParameterValue parameter) {
        em.remove(parameter);
    }
}
