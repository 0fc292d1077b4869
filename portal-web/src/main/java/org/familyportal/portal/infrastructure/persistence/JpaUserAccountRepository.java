package org.familyportal.portal.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.familyportal.portal.domain.account.Role;
import org.familyportal.portal.domain.account.UserAccount;
import org.familyportal.portal.domain.account.UserAccountRepository;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaUserAccountRepository implements UserAccountRepository {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Override
    public Optional<UserAccount> findByEmail(String email) {
        return em.createQuery("select a from UserAccount a where a.email = :email", UserAccount.class)
                .setParameter("email", UserAccount.normalizeEmail(email))
                .getResultStream().findFirst();
    }

    @Override
    public List<UserAccount> findAll() {
        return em.createQuery("select a from UserAccount a order by a.email", UserAccount.class).getResultList();
    }

    @Override
    public boolean existsWithRole(Role role) {
        return !em.createQuery("select a.id from UserAccount a join a.roles r where r = :role", Long.class)
                .setParameter("role", role).setMaxResults(1).getResultList().isEmpty();
    }

    @Override
    public void add(UserAccount account) {
        em.persist(account);
    }
}
